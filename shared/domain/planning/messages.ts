import type { Language } from '../constants';
import type { Rule, Violation } from './violations';

/** Each rule explained in words, in both UI languages; {name} placeholders come from the violation's params. */
export const RULE_MESSAGES: Record<Rule, Record<Language, string>> = {
  team_dropped: { nl: '{team} is uitgevallen en neemt geen werk meer aan.', en: '{team} has dropped out and takes no more work.' },
  outside_term: {
    nl: 'Valt buiten de onderwijsperiode {term} ({first} t/m {last}).',
    en: 'Falls outside the term {term} ({first} to {last}).',
  },
  level: {
    nl: '{offering} is niet voor niveau {level}.',
    en: '{offering} is not offered at level {level}.',
  },
  team_busy: {
    nl: '{team} werkt in die weken al voor {sme} ({from} t/m {to}).',
    en: '{team} already works for {sme} in those weeks ({from} to {to}).',
  },
  cohort_full: {
    nl: 'De capaciteit van {programme} is op: alle {teams} teams zijn in die weken bezet.',
    en: 'The capacity of {programme} is used up: all {teams} teams are busy in those weeks.',
  },
  already_planned: { nl: 'Deze aanvraag van {sme} is al ingepland.', en: 'This request from {sme} is already planned.' },
  not_plannable: { nl: 'Dit team of deze aanvraag bestaat niet (meer).', en: 'This team or request no longer exists.' },
  theme: {
    nl: 'Het thema {theme} hoort niet bij de thema’s van deze opleiding.',
    en: 'The theme {theme} is not among this programme’s themes.',
  },
  holiday: { nl: 'Loopt door vakantie- of vrije weken: {weeks}.', en: 'Runs through holiday or free weeks: {weeks}.' },
  exam: { nl: 'Loopt door toetsweken: {weeks}.', en: 'Runs through exam weeks: {weeks}.' },
  sme_busy: { nl: '{sme} heeft in die weken al een andere opdracht.', en: '{sme} already has another assignment in those weeks.' },
  region: {
    nl: 'Het bedrijf zit in regio {smeRegion}, de school in regio {schoolRegion}.',
    en: 'The company is in region {smeRegion}, the school in region {schoolRegion}.',
  },
  window: {
    nl: 'Buiten de gewenste periode van het bedrijf ({from} – {to}).',
    en: 'Outside the company’s preferred window ({from} – {to}).',
  },
};

export function explain(v: Violation, lang: Language, label: (key: string, value: string) => string = (_, x) => x): string {
  return RULE_MESSAGES[v.rule][lang].replace(/\{(\w+)\}/g, (_, k: string) => {
    const value = v.params[k];
    return value === undefined ? `{${k}}` : label(k, String(value));
  });
}
