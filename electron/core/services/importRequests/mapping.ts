import { IMPORT_FIELDS, type ImportField, type ImportMappingInput } from '../../../../shared/schemas/importRequests';

// Guessing which column holds which field. Form exports name columns after the question ("Wat is uw KvK-nummer?*",
// "Naam van uw bedrijf\n(zoals bij de KvK)"), so headers are normalised first and matched against Dutch and
// English phrases: a whole-header match beats a header that starts with the phrase, which beats one containing it.

/** Lower case, no accents, no line breaks or odd spaces, punctuation as single spaces. */
export function normalizeHeader(h: string): string {
  return h.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Phrases per field, best first. Stored as people write them; normalised once below. */
const PHRASES: Record<ImportField, string[]> = {
  smeName: ['bedrijfsnaam', 'naam bedrijf', 'naam van uw bedrijf', 'naam van het bedrijf', 'naam onderneming', 'naam organisatie',
    'bedrijf', 'onderneming', 'organisatie', 'company name', 'company', 'business name', 'organisation', 'organization'],
  kvk: ['kvk nummer', 'kvknummer', 'kvk nr', 'kvk', 'uw kvk nummer', 'kamer van koophandel', 'chamber of commerce', 'coc number', 'kvk number'],
  fte: ['aantal fte', 'fte', 'aantal medewerkers', 'aantal werknemers', 'medewerkers', 'personeel', 'number of employees', 'employees', 'headcount'],
  postcode: ['postcode', 'postcode bedrijf', 'postal code', 'zip code', 'zip'],
  municipality: ['gemeente', 'vestigingsplaats', 'plaats', 'woonplaats', 'municipality', 'city', 'town'],
  sbiCode: ['sbi code', 'sbi', 'sbi activiteit', 'activity code'],
  contactName: ['naam contactpersoon', 'contactpersoon', 'uw naam', 'contact person', 'contact name', 'contact', 'voor en achternaam', 'naam'],
  contactEmail: ['e mailadres contactpersoon', 'e mailadres', 'emailadres', 'mailadres', 'email address', 'e mail address', 'e mail', 'email'],
  contactPhone: ['telefoonnummer', 'telefoon', 'mobiel nummer', 'mobiel', 'phone number', 'phone', 'tel'],
  intermediary: ['intermediair', 'doorverwezen door', 'verwezen door', 'verwijzer', 'referred by', 'intermediary'],
  offering: ['menukaart item', 'menukaart', 'gewenste dienst', 'dienst', 'aanbod', 'waar wilt u hulp bij', 'offering', 'service'],
  question: ['hulpvraag', 'uw vraag', 'wat is uw vraag', 'vraag', 'question', 'omschrijving', 'beschrijving', 'description'],
  digitalMaturity: ['digitale volwassenheid', 'hoe digitaal', 'digitaal', 'volwassenheid', 'digital maturity', 'maturity'],
  goals: ['gewenste resultaten', 'wat wilt u bereiken', 'doelen', 'doel', 'resultaten', 'goals', 'desired results'],
  obstacles: ['obstakels', 'belemmeringen', 'knelpunten', 'drempels', 'obstacles', 'barriers'],
  channel: ['hoe heeft u van ons gehoord', 'hoe kent u ons', 'hoe bent u bij ons gekomen', 'kanaal', 'how did you hear', 'channel'],
  preferredStart: ['gewenste startdatum', 'gewenste start', 'startdatum', 'preferred start', 'start date'],
  preferredEnd: ['gewenste einddatum', 'gewenst einde', 'einddatum', 'uiterlijk klaar', 'deadline', 'preferred end', 'end date'],
  priority: ['prioriteit', 'urgentie', 'priority'],
  receivedOn: ['ontvangen op', 'datum ontvangen', 'ontvangen', 'tijd van voltooien', 'voltooid op', 'completion time', 'received on',
    'received', 'datum', 'date', 'begintijd', 'start time'],
};
const NORMALISED = Object.fromEntries(
  Object.entries(PHRASES).map(([f, list]) => [f, list.map(normalizeHeader)]),
) as Record<ImportField, string[]>;

const containsWords = (header: string, phrase: string) => ` ${header} `.includes(` ${phrase} `);

/** How well a header fits a field: 0 = not at all; exact beats prefix beats contained; earlier phrases win ties. */
function score(header: string, field: ImportField): number {
  let best = 0;
  NORMALISED[field].forEach((p, i) => {
    const rank = 50 - i;
    let s = 0;
    if (header === p) s = 300 + rank;
    else if (header.startsWith(`${p} `)) s = 200 + rank;
    else if (p.length >= 4 && containsWords(header, p)) s = 100 + rank - Math.min(40, header.indexOf(p));
    best = Math.max(best, s);
  });
  return best;
}

/** The best column per field: every (field, column) pair is scored and the best pairs are taken first. */
export function guessMapping(headers: readonly string[]): Record<ImportField, number | null> {
  const normal = headers.map(normalizeHeader);
  const pairs: { field: ImportField; col: number; s: number }[] = [];
  for (const field of IMPORT_FIELDS) {
    normal.forEach((h, col) => {
      const s = h ? score(h, field) : 0;
      if (s > 0) pairs.push({ field, col, s });
    });
  }
  pairs.sort((a, b) => b.s - a.s || a.col - b.col);
  const out = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as Record<ImportField, number | null>;
  const usedCols = new Set<number>();
  for (const p of pairs) {
    if (out[p.field] !== null || usedCols.has(p.col)) continue;
    out[p.field] = p.col;
    usedCols.add(p.col);
  }
  return out;
}

/** The guess with the user's choices on top (undefined = keep the guess, null = no column). */
export function applyMapping(guess: Record<ImportField, number | null>, user: ImportMappingInput): Record<ImportField, number | null> {
  const out = { ...guess };
  for (const f of IMPORT_FIELDS) {
    const v = user[f];
    if (v === undefined) continue;
    // A column the user moved to this field no longer counts for the field that had it by guess.
    if (v !== null) for (const g of IMPORT_FIELDS) if (g !== f && user[g] === undefined && out[g] === v) out[g] = null;
    out[f] = v;
  }
  return out;
}
