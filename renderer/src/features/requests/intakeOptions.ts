// The multiple-choice answers of a typical Dutch intake form. They are stored as the words themselves (the demo
// and imported forms do the same), so a werkplaats can add its own answers without a code change: anything
// else typed in the form is kept as a free entry.

export const GOAL_OPTIONS = [
  'meer klanten online',
  'meer omzet',
  'meer naamsbekendheid',
  'tijd besparen',
  'beter inzicht in cijfers',
  'veiliger werken',
  'betere website',
  'nieuwe klanten',
  'minder fouten',
  'eigen kennis vergroten',
] as const;

export const OBSTACLE_OPTIONS = [
  'geen tijd',
  'te weinig kennis',
  'kosten',
  'weet niet waar te beginnen',
  'slechte ervaring met leverancier',
  'personeel gaat niet mee',
] as const;

/** How the SME heard of the werkplaats: suggestions for a free-text field. */
export const CHANNEL_OPTIONS = [
  'website',
  'intermediair',
  'webinar of masterclass',
  'via een andere ondernemer',
  'LinkedIn',
  'KvK-doorverwijzing',
  'beurs of netwerkbijeenkomst',
  'gemeente',
] as const;

/** The standard answers followed by any free entries already chosen, without duplicates (ignoring case). */
export function choicesWith(options: readonly string[], chosen: readonly string[]): string[] {
  const seen = new Set(options.map((o) => o.toLocaleLowerCase('nl')));
  const extra = chosen.filter((c) => !seen.has(c.toLocaleLowerCase('nl')));
  return [...options, ...extra];
}
