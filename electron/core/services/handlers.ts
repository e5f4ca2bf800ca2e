import type { Handlers } from '../ipc/router';
import { historyState, redo, undo } from '../db/undo';
import { listAssignments } from './assignments';
import { listFunders, listStaff, monthlyCosts } from './costs';
import { listEvents } from './events';
import { listIntermediaries, listOfferings } from './offerings';
import { reportSummary } from './reports';
import { getRequest, listRequests, setRequestStatus } from './requests';
import { listProgrammes, listSchools } from './schools';
import { getSettings, setSettings } from './settings';
import { createSme, listSmes } from './smes';
import { listCohorts, listTerms, termWeeks } from './terms';
import { createMasterHandlers } from './masterHandlers';
import { createPlannerHandlers } from './planner/handlers';
import { createHoursHandlers } from './hours/handlers';
import { createSuggestHandlers } from './suggest/handlers';
import { createExportHandlers } from './exports/handlers';
import { createEventHandlers } from './events/handlers';
import { createReportHandlers } from './report/handlers';
import { createImportRequestsHandlers } from './importRequests/handlers';

/** Every channel of the contract, bound to its service. Writes go through ctx.action: one transaction each. */
export function createHandlers(): Handlers {
  return {
    'app:info': (_, { host }) => host.current.info(),
    'workspace:startEmpty': (_, { host }) => host.startEmpty().info(),
    'history:state': (_, { host }) => historyState(host.current.db),
    'history:undo': (_, ctx) => {
      const done = undo(ctx.host.current.db, ctx.actor);
      return { done, state: historyState(ctx.host.current.db) };
    },
    'history:redo': (_, ctx) => {
      const done = redo(ctx.host.current.db, ctx.actor);
      return { done, state: historyState(ctx.host.current.db) };
    },
    'settings:get': (_, { host }) => getSettings(host.current.db),
    'settings:set': (patch, { host }) => setSettings(host.current.db, patch),
    'schools:list': (_, { host }) => listSchools(host.current.db),
    'programmes:list': (_, { host }) => listProgrammes(host.current.db),
    'terms:list': (_, { host }) => listTerms(host.current.db),
    'terms:weeks': ({ termId }, { host }) => termWeeks(host.current.db, termId),
    'cohorts:list': (input, { host }) => listCohorts(host.current.db, input?.termId),
    'offerings:list': (_, { host }) => listOfferings(host.current.db),
    'intermediaries:list': (_, { host }) => listIntermediaries(host.current.db),
    'smes:list': (_, { host }) => listSmes(host.current.db),
    'smes:create': (input, ctx) => ctx.action('smes:create', () => createSme(ctx.host.current.db, input)),
    'requests:list': (_, { host }) => listRequests(host.current.db),
    'requests:setStatus': (input, ctx) =>
      ctx.action('requests:setStatus', () => {
        setRequestStatus(ctx.host.current.db, input);
        return getRequest(ctx.host.current.db, input.requestId);
      }),
    'assignments:list': (input, { host }) => listAssignments(host.current.db, input?.termId),
    'staff:list': (_, { host }) => listStaff(host.current.db),
    'costs:monthly': ({ from, to }, { host }) => monthlyCosts(host.current.db, from, to),
    'funders:list': (_, { host }) => listFunders(host.current.db),
    'events:list': (_, { host }) => listEvents(host.current.db),
    'reports:summary': ({ from, to }, { host }) => reportSummary(host.current.db, from, to),
    ...createMasterHandlers(),
    ...createPlannerHandlers(),
    ...createHoursHandlers(),
    ...createSuggestHandlers(),
    ...createExportHandlers(),
    ...createEventHandlers(),
    ...createReportHandlers(),
    ...createImportRequestsHandlers(),
    'tasks:cancel': ({ taskId }, ctx) => ({ cancelled: ctx.cancelTask(taskId) }),
  };
}
