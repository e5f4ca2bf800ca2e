// Channel names of the funder report (issue 7, point 2); channels.ts spreads this in.
export const REPORT_CHANNELS = ['report:funder', 'report:export'] as const;
