// The weights of the suggestion score: how much each named part counts. Weights are small integers (0–10) and
// every part is an integer 0–100, so a score is an integer: the solver proves optimality by comparing integer
// objectives with a bound, without rounding trouble.

export const SCORE_PARTS = ['base', 'level', 'theme', 'window', 'region', 'calendar', 'priority', 'waiting', 'policy'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];
export type ScoreParts = Record<ScorePart, number>;
export type Weights = Record<ScorePart, number>;

export const PRESET_NAMES = ['balanced', 'waitingFirst', 'microFirst'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/**
 * Named presets. `base` is what placing a request at all is worth: it keeps "plan one more request" ahead of
 * "plan fewer requests that fit slightly better", which is what the werkplaats wants first.
 */
export const PRESETS: Record<PresetName, { label: { nl: string; en: string }; weights: Weights }> = {
  balanced: {
    label: { nl: 'Evenwichtig', en: 'Balanced' },
    weights: { base: 10, level: 2, theme: 3, window: 3, region: 1, calendar: 2, priority: 3, waiting: 2, policy: 1 },
  },
  waitingFirst: {
    label: { nl: 'Wachttijd eerst', en: 'Longest waiting first' },
    weights: { base: 10, level: 1, theme: 2, window: 2, region: 1, calendar: 1, priority: 2, waiting: 8, policy: 1 },
  },
  microFirst: {
    label: { nl: 'Micro eerst', en: 'Micro businesses first' },
    weights: { base: 10, level: 1, theme: 2, window: 2, region: 1, calendar: 1, priority: 2, waiting: 2, policy: 8 },
  },
};

export const DEFAULT_PRESET: PresetName = 'balanced';

/** What each part means, for explanations next to a suggestion. */
export const PART_LABELS: Record<ScorePart, { nl: string; en: string }> = {
  base: { nl: 'ingepland', en: 'planned' },
  level: { nl: 'niveau past', en: 'level fit' },
  theme: { nl: 'thema past', en: 'theme fit' },
  window: { nl: 'gewenste periode', en: 'preferred window' },
  region: { nl: 'zelfde regio', en: 'region match' },
  calendar: { nl: 'geen vakantie/toetsen', en: 'no holidays/exams' },
  priority: { nl: 'prioriteit', en: 'priority' },
  waiting: { nl: 'wachttijd', en: 'waiting time' },
  policy: { nl: 'beleid: micro eerst', en: 'policy: micro first' },
};

export function weightsOf(preset: PresetName): Weights {
  return { ...PRESETS[preset].weights };
}
