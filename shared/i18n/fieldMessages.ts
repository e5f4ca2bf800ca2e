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
};

/** Text for a zod issue: our own keys are translated; zod's built-in messages pass through a generic text. */
export function fieldMessage(message: string, lang: Language): string {
  return FIELD_MESSAGES[message]?.[lang] ?? FIELD_MESSAGES['field.invalid']![lang];
}
