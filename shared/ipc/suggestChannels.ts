// Channel names of the match-suggestion solver (issue 5); channels.ts spreads this in.
export const SUGGEST_CHANNELS = [
  'suggest:run', 'suggest:accept', 'suggest:settings', 'suggest:setWeights', 'suggest:repair', 'suggest:applyRepair',
] as const;
