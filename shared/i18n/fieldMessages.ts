import type { Language } from '../domain/constants';

/** Texts for the message keys used by the zod schemas in shared/schemas. */
export const FIELD_MESSAGES: Record<string, Record<Language, string>> = {
  'field.required': { nl: 'Vul dit veld in.', en: 'This field is required.' },
  'field.date': { nl: 'Gebruik een datum als 2026-09-01.', en: 'Use a date like 2026-09-01.' },
  'field.week': { nl: 'Gebruik een ISO-week als 2026-W36.', en: 'Use an ISO week like 2026-W36.' },
  'field.kvk': {
    nl: 'Een KvK-nummer bestaat uit precies 8 cijfers (voorloopnullen tellen mee).',
    en: 'A KvK number is exactly 8 digits (leading zeros count).',
  },
  'field.postcode': {
    nl: 'Gebruik een postcode als 1234 AB (4 cijfers, niet beginnend met 0, en 2 letters).',
    en: 'Use a postcode like 1234 AB (4 digits, not starting with 0, and 2 letters).',
  },
  'field.brin': {
    nl: 'Een BRIN-code is 2 cijfers gevolgd door 2 letters of cijfers, zoals 25LX.',
    en: 'A BRIN code is 2 digits followed by 2 letters or digits, like 25LX.',
  },
  'field.sbi': { nl: 'Een SBI-code heeft 4 of 5 cijfers.', en: 'An SBI code has 4 or 5 digits.' },
  'field.invalid': { nl: 'Deze waarde is niet geldig.', en: 'This value is not valid.' },
  'field.email': { nl: 'Gebruik een e-mailadres als naam@bedrijf.nl.', en: 'Use an e-mail address like name@company.nl.' },
  'field.integer': { nl: 'Gebruik een heel getal.', en: 'Use a whole number.' },
  'field.min0': { nl: 'Mag niet negatief zijn.', en: 'Cannot be negative.' },
  'field.min1': { nl: 'Minstens 1.', en: 'At least 1.' },
  'field.range1to10': { nl: 'Een cijfer van 1 tot en met 10.', en: 'A score from 1 to 10.' },
  'field.pickOne': { nl: 'Kies er minstens één.', en: 'Pick at least one.' },
  'field.crebo': { nl: 'Een opleidingscode (crebo) heeft 5 cijfers.', en: 'A programme code (crebo) has 5 digits.' },
  'field.endBeforeStart': { nl: 'De einddatum ligt vóór de begindatum.', en: 'The end date is before the start date.' },
  'field.termTooLong': { nl: 'Een periode duurt hooguit ruim een jaar.', en: 'A term lasts at most about a year.' },
  'field.schoolYear': { nl: 'Gebruik een schooljaar als 2026-2027.', en: 'Use a school year like 2026-2027.' },
};

/** Text for a zod issue: our own keys are translated; zod's built-in messages pass through a generic text. */
export function fieldMessage(message: string, lang: Language): string {
  return FIELD_MESSAGES[message]?.[lang] ?? FIELD_MESSAGES['field.invalid']![lang];
}
