import type { HOURS_CONTRACT } from '../../../../shared/ipc/hoursContract';
import type { HandlerContext, Handlers } from '../../ipc/router';
import { costDashboard } from './dashboard';
import { deleteBudget, listBudgets, saveBudget, saveFunder } from './funders';
import { importHours, importHoursInSlices, importPreview, importPreviewInSlices } from './importHours';
import { searchLinks } from './links';
import { listLockedMonths, lockMonth, unlockMonth } from './locks';
import { createStaff, ratePreview, setRate, setShares, staffDetail, updateStaff } from './staff';
import { saveTimesheet, timesheetWeek } from './timesheet';

const today = () => new Date().toISOString().slice(0, 10);
const dbOf = (ctx: HandlerContext) => ctx.host.current.db;
const langOf = (ctx: HandlerContext) => ctx.host.current.language();

/** Staff, timesheets, locks, imports, funders and the cost dashboard. Every write is one action (one undo step). */
export function createHoursHandlers(): Pick<Handlers, keyof typeof HOURS_CONTRACT> {
  return {
    'staff:detail': ({ id }, ctx) => staffDetail(dbOf(ctx), id),
    'staff:create': (v, ctx) => ctx.action('staff:create', () => createStaff(dbOf(ctx), v)),
    'staff:update': ({ id, values }, ctx) => ctx.action('staff:update', () => updateStaff(dbOf(ctx), id, values)),
    'staff:ratePreview': (v, ctx) => {
      const { changedMonths: _m, ...preview } = ratePreview(dbOf(ctx), v);
      void _m;
      return preview;
    },
    'staff:setRate': (v, ctx) => ctx.action('staff:setRate', () => setRate(dbOf(ctx), v, langOf(ctx))),
    'staff:setShares': (v, ctx) => ctx.action('staff:setShares', () => setShares(dbOf(ctx), v)),
    'timesheet:week': ({ staffId, weekStart }, ctx) => timesheetWeek(dbOf(ctx), staffId, weekStart),
    'timesheet:save': (v, ctx) => ctx.action('timesheet:save', () => saveTimesheet(dbOf(ctx), v, langOf(ctx))),
    'months:list': (_, ctx) => listLockedMonths(dbOf(ctx)),
    'months:lock': ({ month }, ctx) => ctx.action('months:lock', () => lockMonth(dbOf(ctx), month)),
    'months:unlock': ({ month }, ctx) => ctx.action('months:unlock', () => unlockMonth(dbOf(ctx), month)),
    // With a taskId (the app, large files) these run in slices with progress and Cancel; without one (CLI, tests) in one go.
    'hours:importPreview': ({ csv, mapping, taskId, maxRows }, ctx) => (taskId
      ? importPreviewInSlices(dbOf(ctx), csv, mapping, langOf(ctx), ctx.task(taskId), maxRows)
      : importPreview(dbOf(ctx), csv, mapping, langOf(ctx), maxRows)),
    'hours:import': ({ csv, mapping, taskId }, ctx) => (taskId
      ? importHoursInSlices(dbOf(ctx), csv, mapping, langOf(ctx), ctx.task(taskId), (fn) => ctx.action('hours:import', fn))
      : ctx.action('hours:import', () => importHours(dbOf(ctx), csv, mapping, langOf(ctx)))),
    'funders:save': (v, ctx) => ctx.action('funders:save', () => saveFunder(dbOf(ctx), v)),
    'budgets:list': (_, ctx) => listBudgets(dbOf(ctx)) as ReturnType<Handlers['budgets:list']>,
    'budgets:save': (v, ctx) => ctx.action('budgets:save', () => saveBudget(dbOf(ctx), v)),
    'budgets:delete': ({ id }, ctx) => ctx.action('budgets:delete', () => deleteBudget(dbOf(ctx), id)),
    'timesheet:links': ({ query, limit }, ctx) => searchLinks(dbOf(ctx), query, limit),
    'costs:dashboard': ({ from, to, asOf }, ctx) => costDashboard(dbOf(ctx), from, to, asOf ?? today(), langOf(ctx)),
  };
}
