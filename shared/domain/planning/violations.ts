/** Hard rules refuse a placement; soft rules allow it and mark the bar with the reason. */
export const HARD_RULES = ['team_dropped', 'outside_term', 'level', 'team_busy', 'cohort_full', 'already_planned', 'not_plannable'] as const;
export const SOFT_RULES = ['theme', 'holiday', 'exam', 'sme_busy', 'region', 'window'] as const;
export type HardRule = (typeof HARD_RULES)[number];
export type SoftRule = (typeof SOFT_RULES)[number];
export type Rule = HardRule | SoftRule;

export interface Violation {
  rule: Rule;
  hard: boolean;
  /** Values the message needs (weeks, names); plain strings and numbers. */
  params: Record<string, string | number>;
}

export const isHard = (rule: Rule): rule is HardRule => (HARD_RULES as readonly string[]).includes(rule);
