import { z } from 'zod';
import * as i from '../schemas/hoursInputs';
import * as r from '../schemas/hoursRows';
import { byId, empty } from '../schemas/masterInputs';
import { idResult } from '../schemas/masterRows';

// Contract entries of staff hours, costs and budgets (issue 6): channel → { input, output, writes }.
export const HOURS_CONTRACT = {
  'staff:detail': { input: byId, output: r.staffDetail, writes: [] },
  'staff:create': { input: i.staffCreate, output: idResult, writes: ['staff', 'staff_rates'] },
  'staff:update': { input: i.staffUpdate, output: idResult, writes: ['staff'] },
  'staff:ratePreview': { input: i.rateChange, output: r.ratePreview, writes: [] },
  'staff:setRate': { input: i.rateChange, output: r.ratePreview, writes: ['staff_rates'] },
  'staff:setShares': { input: i.sharesInput, output: idResult, writes: ['staff_funder_shares'] },
  'timesheet:week': { input: i.weekQuery, output: r.timesheetWeek, writes: [] },
  'timesheet:save': { input: i.timesheetSave, output: r.saveResult, writes: ['time_entries'] },
  'months:list': { input: empty, output: z.array(r.lockedMonth), writes: [] },
  'months:lock': { input: i.monthInput, output: r.lockedMonth, writes: ['locked_months'] },
  'months:unlock': { input: i.monthInput, output: z.object({ month: z.string() }), writes: ['locked_months'] },
  'hours:importPreview': { input: i.importInput, output: r.importPreview, writes: [] },
  'hours:import': { input: i.importInput, output: r.importResult, writes: ['time_entries'] },
  'funders:save': { input: i.funderInput, output: idResult, writes: ['funders'] },
  'budgets:list': { input: empty, output: z.array(r.budgetRow), writes: [] },
  'budgets:save': { input: i.budgetInput, output: idResult, writes: ['budgets'] },
  'budgets:delete': { input: byId, output: idResult, writes: ['budgets'] },
  'timesheet:links': { input: i.linkSearch, output: z.array(r.linkOption), writes: [] },
  'costs:dashboard': { input: i.dashboardQuery, output: r.costDashboard, writes: [] },
} as const;
