import type { MASTER_CONTRACT } from '../../../shared/ipc/masterContract';
import type { Handlers, HandlerContext } from '../ipc/router';
import { setArchived } from './archive';
import { listArchivedCohorts, listArchivedRequests } from './archivedLists';
import { applyHolidays, createTerm, importHolidays, setWeekKind, updateTerm } from './calendar';
import { capacitySummary, listTeams } from './capacity';
import { createCohort, renameTeam, updateCohort } from './cohortsWrite';
import { listHolidays } from './holidays';
import { listIntermediaries } from './offerings';
import { createOffering, offeringLinks, updateOffering } from './offeringsWrite';
import { createRequest, requestDetail, updateRequest } from './requestsWrite';
import { applyRollover, previewRollover } from './rollover';
import { createProgramme, createSchool, updateProgramme, updateSchool } from './schoolsWrite';
import { smeWithValues } from './smes';
import { createIntermediary, findDuplicates, mergeSmes, updateIntermediary, updateSme } from './smesWrite';

type MasterHandlers = Pick<Handlers, keyof typeof MASTER_CONTRACT>;

/** Runs a write as one labelled user action (one transaction, one undo step). */
const write = <T>(ctx: HandlerContext, label: string, fn: (db: HandlerContext['host']['current']['db']) => T): T =>
  ctx.action(label, () => fn(ctx.host.current.db));

export function createMasterHandlers(): MasterHandlers {
  return {
    'schools:create': (v, ctx) => write(ctx, 'schools:create', (db) => createSchool(db, v)),
    'schools:update': ({ id, values }, ctx) =>
      write(ctx, 'schools:update', (db) => {
        const res = updateSchool(db, id, values);
        if (res.regionChanged) {
          const termIds = db.prepare(`SELECT id FROM terms WHERE school_id = ?`).pluck().all(id) as number[];
          applyHolidays(db, termIds);
        }
        return { id };
      }),
    'schools:archive': ({ id, archived }, ctx) => write(ctx, 'schools:archive', (db) => setArchived(db, 'schools', id, archived)),
    'programmes:create': (v, ctx) => write(ctx, 'programmes:create', (db) => createProgramme(db, v)),
    'programmes:update': ({ id, values }, ctx) => write(ctx, 'programmes:update', (db) => updateProgramme(db, id, values)),
    'programmes:archive': ({ id, archived }, ctx) =>
      write(ctx, 'programmes:archive', (db) => setArchived(db, 'programmes', id, archived)),
    'terms:create': (v, ctx) => write(ctx, 'terms:create', (db) => createTerm(db, v)),
    'terms:update': ({ id, values }, ctx) => write(ctx, 'terms:update', (db) => updateTerm(db, id, values)),
    'terms:archive': ({ id, archived }, ctx) => write(ctx, 'terms:archive', (db) => setArchived(db, 'terms', id, archived)),
    'terms:setWeekKind': (v, ctx) => write(ctx, 'terms:setWeekKind', (db) => setWeekKind(db, v)),
    'holidays:list': (_, { host }) => listHolidays(host.current.db),
    'holidays:import': ({ json }, ctx) => write(ctx, 'holidays:import', (db) => importHolidays(db, json)),
    'cohorts:create': (v, ctx) => write(ctx, 'cohorts:create', (db) => createCohort(db, v)),
    'cohorts:update': ({ id, values }, ctx) => write(ctx, 'cohorts:update', (db) => updateCohort(db, id, values)),
    'cohorts:archive': ({ id, archived }, ctx) => write(ctx, 'cohorts:archive', (db) => setArchived(db, 'cohorts', id, archived)),
    'cohorts:archived': (input, { host }) => listArchivedCohorts(host.current.db, input?.termId),
    'teams:list': ({ cohortId }, { host }) => listTeams(host.current.db, cohortId),
    'teams:rename': ({ teamId, name }, ctx) => write(ctx, 'teams:rename', (db) => renameTeam(db, teamId, name)),
    'capacity:summary': (_, { host }) => capacitySummary(host.current.db),
    'offerings:create': (v, ctx) => write(ctx, 'offerings:create', (db) => createOffering(db, v)),
    'offerings:update': ({ id, values }, ctx) => write(ctx, 'offerings:update', (db) => updateOffering(db, id, values)),
    'offerings:archive': ({ id, archived }, ctx) =>
      write(ctx, 'offerings:archive', (db) => setArchived(db, 'offerings', id, archived)),
    'offerings:links': ({ id }, { host }) => offeringLinks(host.current.db, id),
    'smes:update': ({ id, values }, ctx) => write(ctx, 'smes:update', (db) => updateSme(db, id, values)),
    'smes:archive': ({ id, archived }, ctx) => write(ctx, 'smes:archive', (db) => setArchived(db, 'smes', id, archived)),
    'intermediaries:create': (v, ctx) => write(ctx, 'intermediaries:create', (db) => createIntermediary(db, v)),
    'intermediaries:update': ({ id, values }, ctx) => write(ctx, 'intermediaries:update', (db) => updateIntermediary(db, id, values)),
    'intermediaries:archive': ({ id, archived }, ctx) =>
      write(ctx, 'intermediaries:archive', (db) => setArchived(db, 'intermediaries', id, archived)),
    'intermediaries:archived': (_, { host }) => listIntermediaries(host.current.db, true),
    'smes:get': ({ id }, { host }) => smeWithValues(host.current.db, id),
    'smes:duplicates': (_, { host }) => findDuplicates(host.current.db),
    'smes:merge': ({ keepId, mergeIds }, ctx) => write(ctx, 'smes:merge', (db) => mergeSmes(db, keepId, mergeIds)),
    'requests:create': (v, ctx) => write(ctx, 'requests:create', (db) => createRequest(db, v)),
    'requests:update': ({ id, values }, ctx) => write(ctx, 'requests:update', (db) => updateRequest(db, id, values)),
    'requests:archive': ({ id, archived }, ctx) =>
      write(ctx, 'requests:archive', (db) => setArchived(db, 'requests', id, archived)),
    'requests:archived': (_, { host }) => listArchivedRequests(host.current.db),
    'requests:detail': ({ id }, { host }) => requestDetail(host.current.db, id),
    'rollover:preview': ({ fromYear }, { host }) => previewRollover(host.current.db, fromYear),
    'rollover:apply': ({ fromYear }, ctx) => write(ctx, 'rollover:apply', (db) => applyRollover(db, fromYear)),
  };
}
