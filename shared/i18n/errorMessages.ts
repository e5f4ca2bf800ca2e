import type { Language } from '../domain/constants';

/**
 * Error codes the core can return, with their text in each UI language. `{name}` placeholders are filled from
 * the error's params. The renderer shows `message` as given; the code is for tests and programmatic handling.
 */
export const ERROR_MESSAGES = {
  invalid_input: { nl: 'De invoer is niet geldig.', en: 'The input is not valid.' },
  unknown_channel: { nl: 'Onbekende opdracht: {channel}.', en: 'Unknown command: {channel}.' },
  forbidden_sender: {
    nl: 'Verzoek geweigerd: het kwam niet van het app-venster.',
    en: 'Request refused: it did not come from the app window.',
  },
  cancelled: { nl: 'Geannuleerd: er is niets gewijzigd.', en: 'Cancelled: nothing was changed.' },
  async_channel: {
    nl: 'Interne fout: {channel} werkt op de achtergrond en moet asynchroon worden aangeroepen.',
    en: 'Internal error: {channel} runs in the background and must be called asynchronously.',
  },
  not_found: { nl: '{entity} {id} bestaat niet (meer).', en: '{entity} {id} does not exist (any more).' },
  constraint: {
    nl: 'De wijziging past niet bij de gegevens die er al zijn: {detail}',
    en: 'The change conflicts with existing data: {detail}',
  },
  db_newer: {
    nl: 'Dit bestand komt uit een nieuwere versie van Werkplaats Planner (schemaversie {found}, deze versie kent t/m {supported}). Werk de app bij om het te openen.',
    en: 'This file comes from a newer Werkplaats Planner (schema version {found}; this version knows up to {supported}). Update the app to open it.',
  },
  db_corrupt: {
    nl: 'Het databasebestand is beschadigd ({detail}). Er is niets gewijzigd; zet een back-up terug.',
    en: 'The database file is damaged ({detail}). Nothing was changed; restore a backup.',
  },
  db_not_database: {
    nl: 'Dit is geen Werkplaats Planner-database: {detail}',
    en: 'This is not a Werkplaats Planner database: {detail}',
  },
  native_module: {
    nl: 'De databasemodule past niet bij deze versie van de app ({detail}). Start de app met "npm start", dat de juiste module bouwt.',
    en: 'The database module does not match this version of the app ({detail}). Start the app with "npm start", which builds the right module.',
  },
  migration_failed: {
    nl: 'Bijwerken van de database naar versie {version} is mislukt; er is niets gewijzigd. Back-up: {backup}',
    en: 'Upgrading the database to version {version} failed; nothing was changed. Backup: {backup}',
  },
  kvk_taken: {
    nl: 'Er is al een bedrijf met KvK-nummer {kvk}: {name}.',
    en: 'A company with KvK number {kvk} already exists: {name}.',
  },
  invalid_status_change: {
    nl: 'Status “{from}” kan niet direct naar “{to}”.',
    en: 'Status “{from}” cannot go directly to “{to}”.',
  },
  holiday_file_invalid: {
    nl: 'Dit bestand bevat geen bruikbare schoolvakanties: {detail}',
    en: 'This file holds no usable school holidays: {detail}',
  },
  team_has_assignments: {
    nl: 'Team {slot} van deze capaciteit heeft nog opdrachten; verplaats die eerst voordat u het aantal teams verlaagt.',
    en: 'Team {slot} of this cohort still has assignments; move them before lowering the number of teams.',
  },
  name_taken: {
    nl: 'Er is al een {entity} met de naam “{name}”.',
    en: 'There is already a {entity} named “{name}”.',
  },
  cohort_exists: {
    nl: 'Deze opleiding heeft al capaciteit in die periode.',
    en: 'This programme already has capacity in that term.',
  },
  brin_taken: { nl: 'BRIN-code {brin} hoort al bij {name}.', en: 'BRIN code {brin} already belongs to {name}.' },
  term_has_assignments_outside: {
    nl: 'Er staan opdrachten in weken die buiten de nieuwe data vallen ({weeks}); verplaats die eerst.',
    en: 'Assignments sit in weeks outside the new dates ({weeks}); move them first.',
  },
  archived: { nl: '{entity} is gearchiveerd; zet het eerst terug.', en: '{entity} is archived; restore it first.' },
  plan_refused: { nl: 'Kan hier niet plannen: {reason}', en: 'Cannot plan here: {reason}' },
  assignment_status: {
    nl: 'Een opdracht met status “{from}” kan niet naar “{to}”.',
    en: 'An assignment with status “{from}” cannot go to “{to}”.',
  },
  reason_required: { nl: 'Geef een reden op.', en: 'Give a reason.' },
  month_locked: {
    nl: '{months} is afgesloten; heropen die maand eerst om uren of tarieven erin te wijzigen. Er is niets gewijzigd.',
    en: '{months} is locked; reopen that month first to change hours or rates in it. Nothing was changed.',
  },
  term_other_school: { nl: 'Onderwijsperiode “{term}” hoort niet bij {school}.', en: 'Term “{term}” does not belong to {school}.' },
  import_invalid: { nl: 'Niet geïmporteerd: {detail}', en: 'Not imported: {detail}' },
  internal: {
    nl: 'Er ging iets mis in de app: {detail}. Er is niets gewijzigd.',
    en: 'Something went wrong in the app: {detail}. Nothing was changed.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function formatError(code: ErrorCode, lang: Language, params: Record<string, unknown> = {}): string {
  return ERROR_MESSAGES[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
