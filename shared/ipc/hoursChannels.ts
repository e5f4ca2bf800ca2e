// Channel names of staff hours, costs and budgets (issue 6). Kept apart so that feature can add channels
// without editing the shared list; channels.ts spreads this in.
export const HOURS_CHANNELS = [
  'staff:detail',
  'staff:create',
  'staff:update',
  'staff:ratePreview',
  'staff:setRate',
  'staff:setShares',
  'timesheet:week',
  'timesheet:save',
  'months:list',
  'months:lock',
  'months:unlock',
  'hours:importPreview',
  'hours:import',
  'funders:save',
  'budgets:list',
  'budgets:save',
  'budgets:delete',
  'timesheet:links',
  'costs:dashboard',
] as const;
