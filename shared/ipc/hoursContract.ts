// Contract entries of staff hours, costs and budgets (issue 6): channel → { input, output, writes }.
export const HOURS_CONTRACT = {} as const;
