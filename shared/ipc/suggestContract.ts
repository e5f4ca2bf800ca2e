// Contract entries of the match-suggestion solver (issue 5): channel → { input, output, writes }.
export const SUGGEST_CONTRACT = {} as const;
