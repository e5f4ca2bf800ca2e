// Channel names of staff hours, costs and budgets (issue 6). Kept apart so that feature can add channels
// without editing the shared list; channels.ts spreads this in.
export const HOURS_CHANNELS = [] as const;
