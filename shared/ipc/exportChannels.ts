// Channel names of the school plan exports (issue 7.1); channels.ts spreads this in.
export const EXPORT_CHANNELS = ['exports:schoolPlan', 'exports:schoolPlanSummary'] as const;
