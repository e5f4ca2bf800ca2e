import type { Language } from '../../../../shared/domain/constants';
import type { ImportField, ImportMessage } from '../../../../shared/schemas/importRequests';
import { fieldMessage } from '../../../../shared/i18n/fieldMessages';

// Every problem and notice of the request import, in Dutch and English. {name} placeholders are filled from the
// params; {field} is the field's label, so a message always says which column it is about.

const TEXTS = {
  fileEmpty: { nl: 'Het bestand is leeg.', en: 'The file is empty.' },
  headerOnly: { nl: 'Het bestand heeft alleen een kopregel en geen antwoorden.', en: 'The file has a header row but no answers.' },
  notSpreadsheet: {
    nl: 'Dit is geen CSV- of Excel-bestand. Kies een .csv- of .xlsx-export.',
    en: 'This is not a CSV or Excel file. Pick a .csv or .xlsx export.',
  },
  foreignFile: {
    nl: 'Dit is een {what}-bestand, geen CSV- of Excel-bestand. Kies een .csv- of .xlsx-export.',
    en: 'This is a {what} file, not a CSV or Excel file. Pick a .csv or .xlsx export.',
  },
  oldExcel: {
    nl: 'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of .csv en importeer dat.',
    en: 'This is an old Excel file (.xls). Save it as .xlsx or .csv in Excel and import that.',
  },
  xlsxDamaged: {
    nl: 'Het Excel-bestand is beschadigd of onvolledig en kan niet worden gelezen ({detail}).',
    en: 'The Excel file is damaged or incomplete and cannot be read ({detail}).',
  },
  badUtf8: {
    nl: 'Het bestand zegt UTF-8 te zijn (BOM), maar bevat ongeldige tekens. Sla het opnieuw op als “CSV UTF-8”.',
    en: 'The file says it is UTF-8 (BOM) but holds invalid characters. Save it again as “CSV UTF-8”.',
  },
  sheetMissing: { nl: 'Werkblad “{sheet}” bestaat niet in dit bestand.', en: 'Worksheet “{sheet}” does not exist in this file.' },
  unterminatedQuote: {
    nl: 'Regel {line}: een aanhalingsteken (") wordt nergens afgesloten, dus de rest van het bestand is niet betrouwbaar te lezen.',
    en: 'Line {line}: a quote (") is never closed, so the rest of the file cannot be read reliably.',
  },
  missingColumn: {
    nl: 'Kies een kolom voor “{field}”: dat veld is verplicht.',
    en: 'Pick a column for “{field}”: that field is required.',
  },
  columnTwice: {
    nl: 'Kolom “{column}” is aan meer dan één veld gekoppeld ({fields}).',
    en: 'Column “{column}” is mapped to more than one field ({fields}).',
  },
  noColumn: { nl: 'Kolom {column} bestaat niet in dit bestand.', en: 'Column {column} does not exist in this file.' },
  tooManyRows: {
    nl: 'Het bestand heeft {count} regels; importeer hoogstens {max} tegelijk.',
    en: 'The file has {count} rows; import at most {max} at a time.',
  },
  required: { nl: '{field} ontbreekt.', en: '{field} is missing.' },
  invalid: { nl: '{field} “{value}”: {reason}', en: '{field} “{value}”: {reason}' },
  kvkLeadingZero: {
    nl: 'KvK-nummer “{value}” heeft {digits} cijfers: Excel laat voorloopnullen weg. Bedoelt u {padded}? Maak de kolom tekst en exporteer opnieuw.',
    en: 'KvK number “{value}” has {digits} digits: Excel drops leading zeros. Did you mean {padded}? Make the column text and export again.',
  },
  number: { nl: '{field} “{value}” is geen getal.', en: '{field} “{value}” is not a number.' },
  date: {
    nl: '{field} “{value}” is geen datum (gebruik bijvoorbeeld 27-11-2026 of 2026-11-27).',
    en: '{field} “{value}” is not a date (use e.g. 27-11-2026 or 2026-11-27).',
  },
  priority: { nl: 'Prioriteit “{value}” is onbekend (laag, normaal of hoog).', en: 'Priority “{value}” is unknown (low, normal or high).' },
  unknownOffering: { nl: 'Onbekend menukaart-item “{value}”.{near}', en: 'Unknown menukaart item “{value}”.{near}' },
  unknownIntermediary: { nl: 'Onbekende intermediair “{value}”.{near}', en: 'Unknown intermediary “{value}”.{near}' },
  suspectColumn: {
    nl: 'Kolom “{column}” geeft bij {count} van de {total} regels een probleem met {field}. Hoort die kolom wel bij dat veld?',
    en: 'Column “{column}” gives a problem with {field} on {count} of the {total} rows. Does that column belong to that field?',
  },
  didYouMean: { nl: 'Bedoelt u “{name}”?', en: 'Did you mean “{name}”?' },
  ragged: {
    nl: 'Deze regel heeft {found} kolommen, de kopregel {expected}.',
    en: 'This row has {found} columns, the header {expected}.',
  },
  garbled: {
    nl: 'Tekst “{value}” lijkt verkeerd gecodeerd (bijvoorbeeld “Ã©” in plaats van “é”). Exporteer het bestand opnieuw als UTF-8.',
    en: 'Text “{value}” looks wrongly encoded (e.g. “Ã©” instead of “é”). Export the file again as UTF-8.',
  },
  duplicateRow: { nl: 'Dubbele regel: dezelfde aanvraag als regel {line}.', en: 'Duplicate row: the same request as row {line}.' },
  alreadyImported: {
    nl: 'Deze aanvraag van {name} (ontvangen {date}) staat al in de werkplaats.',
    en: 'This request from {name} (received {date}) is already in the workspace.',
  },
  tooLong: { nl: '{field} is te lang (hoogstens {max} tekens).', en: '{field} is too long (at most {max} characters).' },
  existingSme: {
    nl: 'Bestaand bedrijf “{name}” (KvK {kvk}): de aanvraag komt daarbij; lege gegevens worden aangevuld.',
    en: 'Existing company “{name}” (KvK {kvk}): the request is added to it; empty details are filled in.',
  },
  existingSmeOtherName: {
    nl: 'KvK {kvk} hoort bij “{name}”, niet “{value}”: de aanvraag komt bij “{name}”.',
    en: 'KvK {kvk} belongs to “{name}”, not “{value}”: the request goes to “{name}”.',
  },
  archivedSme: {
    nl: '“{name}” is gearchiveerd; de aanvraag komt er toch bij. Zet het bedrijf terug als het weer actief is.',
    en: '“{name}” is archived; the request is added to it anyway. Restore the company if it is active again.',
  },
  repeatSme: { nl: 'Zelfde bedrijf (KvK {kvk}) als regel {line}.', en: 'Same company (KvK {kvk}) as row {line}.' },
} as const satisfies Record<string, Record<Language, string>>;

export type ProblemKey = keyof typeof TEXTS;

const FIELD_LABELS: Record<ImportField, Record<Language, string>> = {
  smeName: { nl: 'Bedrijfsnaam', en: 'Company name' },
  kvk: { nl: 'KvK-nummer', en: 'KvK number' },
  fte: { nl: 'Aantal fte', en: 'FTE' },
  postcode: { nl: 'Postcode', en: 'Postcode' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  sbiCode: { nl: 'SBI-code', en: 'SBI code' },
  contactName: { nl: 'Contactpersoon', en: 'Contact person' },
  contactEmail: { nl: 'E-mailadres', en: 'E-mail address' },
  contactPhone: { nl: 'Telefoon', en: 'Phone' },
  intermediary: { nl: 'Intermediair', en: 'Intermediary' },
  offering: { nl: 'Menukaart-item', en: 'Menukaart item' },
  question: { nl: 'Vraag', en: 'Question' },
  digitalMaturity: { nl: 'Digitale volwassenheid', en: 'Digital maturity' },
  goals: { nl: 'Doelen', en: 'Goals' },
  obstacles: { nl: 'Obstakels', en: 'Obstacles' },
  channel: { nl: 'Hoe bij ons gekomen', en: 'How they found us' },
  preferredStart: { nl: 'Gewenste start', en: 'Preferred start' },
  preferredEnd: { nl: 'Gewenst einde', en: 'Preferred end' },
  priority: { nl: 'Prioriteit', en: 'Priority' },
  receivedOn: { nl: 'Ontvangen op', en: 'Received on' },
};

export const fieldLabel = (f: ImportField, lang: Language) => FIELD_LABELS[f][lang];

/** A message as the preview carries it: key, the field it is about, and its text in the user's language. */
export function msg(lang: Language, key: ProblemKey, field: ImportField | null = null, params: Record<string, string | number> = {}): ImportMessage {
  const all: Record<string, string | number> = { ...params };
  if (field) all.field = fieldLabel(field, lang);
  const text = TEXTS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(all[k] ?? ''));
  return { key, field, message: text.charAt(0).toUpperCase() + text.slice(1) };
}

/** A zod issue of smeInput/requestInput on one field, with the schema's own message as the reason. */
export function schemaMsg(lang: Language, field: ImportField, value: string, zodKey: string): ImportMessage {
  if (value === '') return msg(lang, 'required', field);
  // smeInput's e-mail check carries the generic key; the e-mail text says what a valid one looks like.
  const key = field === 'contactEmail' && zodKey === 'field.invalid' ? 'field.email' : zodKey;
  return msg(lang, 'invalid', field, { value: clip(value), reason: fieldMessage(key, lang) });
}

export const clip = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

const OUTCOME = {
  someInvalid: {
    nl: '{bad} van de {total} regels hebben een probleem; er is niets geïmporteerd. Verbeter het bestand, of kies ervoor alleen de geldige regels te importeren.',
    en: '{bad} of the {total} rows have a problem; nothing was imported. Fix the file, or choose to import only the valid rows.',
  },
  nothingValid: { nl: 'geen enkele regel is geldig; er is niets geïmporteerd.', en: 'not a single row is valid; nothing was imported.' },
  fileInvalid: { nl: '{problem} Er is niets geïmporteerd.', en: '{problem} Nothing was imported.' },
} as const satisfies Record<string, Record<Language, string>>;

export function outcomeText(lang: Language, key: keyof typeof OUTCOME, params: Record<string, string | number>): string {
  return OUTCOME[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
