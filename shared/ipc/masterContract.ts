import { z } from 'zod';
import * as m from '../schemas/masterInputs';
import * as out from '../schemas/masterRows';
import { smeInput } from '../schemas/inputs';
import { intermediaryRow, smeRow } from '../schemas/rows';

/** Master data and intake (schools, calendar, capacity, menukaart, SMEs, requests, rollover). */
export const MASTER_CONTRACT = {
  'schools:create': { input: m.schoolInput, output: out.idResult, writes: ['schools'] },
  'schools:update': { input: m.withId(m.schoolInput), output: out.idResult, writes: ['schools', 'term_weeks'] },
  'schools:archive': { input: m.archiveInput, output: out.idResult, writes: ['schools'] },
  'programmes:create': { input: m.programmeInput, output: out.idResult, writes: ['programmes'] },
  'programmes:update': { input: m.withId(m.programmeInput), output: out.idResult, writes: ['programmes'] },
  'programmes:archive': { input: m.archiveInput, output: out.idResult, writes: ['programmes'] },
  'terms:create': { input: m.termInput, output: out.idResult, writes: ['terms', 'term_weeks'] },
  'terms:update': { input: m.withId(m.termInput), output: out.idResult, writes: ['terms', 'term_weeks'] },
  'terms:archive': { input: m.archiveInput, output: out.idResult, writes: ['terms'] },
  'terms:setWeekKind': { input: m.weekKindInput, output: out.idResult, writes: ['term_weeks'] },
  'holidays:list': { input: m.empty, output: z.array(out.holidayRow), writes: [] },
  'holidays:import': { input: m.holidayImportInput, output: out.holidayImportResult, writes: ['holidays', 'term_weeks'] },
  'cohorts:create': { input: m.cohortInput, output: out.idResult, writes: ['cohorts', 'teams'] },
  'cohorts:update': { input: m.withId(m.cohortInput), output: out.idResult, writes: ['cohorts', 'teams'] },
  'cohorts:archive': { input: m.archiveInput, output: out.idResult, writes: ['cohorts'] },
  'cohorts:archived': { input: m.archivedCohortsQuery.optional(), output: z.array(out.archivedCohortRow), writes: [] },
  'teams:list': { input: m.cohortRef, output: z.array(out.teamRow), writes: [] },
  'teams:rename': { input: m.teamRename, output: out.idResult, writes: ['teams'] },
  'capacity:summary': { input: m.empty, output: z.array(out.capacityRow), writes: [] },
  'offerings:create': { input: m.offeringInput, output: out.idResult, writes: ['offerings'] },
  'offerings:update': { input: m.withId(m.offeringInput), output: out.idResult, writes: ['offerings'] },
  'offerings:archive': { input: m.archiveInput, output: out.idResult, writes: ['offerings'] },
  'offerings:links': { input: m.byId, output: out.offeringLinks, writes: [] },
  'smes:update': { input: m.withId(smeInput), output: out.idResult, writes: ['smes'] },
  'smes:archive': { input: m.archiveInput, output: out.idResult, writes: ['smes'] },
  'intermediaries:create': { input: m.intermediaryInput, output: out.idResult, writes: ['intermediaries'] },
  'intermediaries:update': { input: m.intermediaryUpdate, output: out.idResult, writes: ['intermediaries'] },
  'intermediaries:archive': { input: m.archiveInput, output: out.idResult, writes: ['intermediaries'] },
  'intermediaries:archived': { input: m.empty, output: z.array(intermediaryRow), writes: [] },
  'smes:get': { input: m.byId, output: smeRow.extend({ values: smeInput }), writes: [] },
  'smes:duplicates': { input: m.empty, output: z.array(out.duplicateGroup), writes: [] },
  'smes:merge': { input: m.smeMerge, output: out.idResult, writes: ['smes', 'requests', 'event_attendees'] },
  'requests:create': { input: m.requestInput, output: out.idResult, writes: ['requests', 'request_status_history'] },
  'requests:update': { input: m.withId(m.requestInput), output: out.idResult, writes: ['requests'] },
  'requests:archive': { input: m.archiveInput, output: out.idResult, writes: ['requests'] },
  'requests:archived': { input: m.empty, output: z.array(out.archivedRequestRow), writes: [] },
  'requests:detail': { input: m.byId, output: out.requestDetail, writes: [] },
  'rollover:preview': { input: m.rolloverInput, output: out.rolloverPreview, writes: [] },
  'rollover:apply': { input: m.rolloverInput, output: out.rolloverPreview, writes: ['*'] },
} as const;
