import type { z } from 'zod';
import type { Language } from '../../../../shared/domain/constants';
import { smeInput } from '../../../../shared/schemas/inputs';
import { requestInput } from '../../../../shared/schemas/masterInputs';
import type { ImportField, ImportMessage } from '../../../../shared/schemas/importRequests';
import { normalizeKvk } from '../../../../shared/domain/identifiers';
import { looksDoubleEncoded } from './decode';
import { clip, msg, schemaMsg } from './messages';
import { dateOf, listOf, nameKey, numberOf, oneLine, priorityOf, type DateOrder } from './values';

// One row of the file → the values smeInput and requestInput accept, or the reasons it cannot be. The schemas
// are the same ones the forms and the IPC boundary use, so an imported SME obeys exactly the rules of one
// typed in by hand.

export type SmeValues = z.output<typeof smeInput>;
export type RequestValues = Omit<z.output<typeof requestInput>, 'smeId'>;

/** Names (by nameKey) → id and display name, of the active menukaart items and intermediaries. */
export interface Lookups {
  offerings: Map<string, { id: number; name: string }>;
  intermediaries: Map<string, { id: number; name: string }>;
}

/** A likely meant name: one that contains the typed text or is contained in it ("Webshop" → "Webshop bouwen"). */
function nearName(map: Lookups['offerings'], typed: string): string | null {
  const k = nameKey(typed);
  if (k.length < 4) return null;
  const hits = [...map.entries()].filter(([name]) => name.includes(k) || k.includes(name));
  return hits.length === 1 ? hits[0]![1].name : null;
}

export interface CheckedRow {
  kvkText: string;
  smeName: string;
  offering: string;
  /** Normalised KvK when it is valid, else null. */
  kvk: string | null;
  sme: SmeValues | null;
  request: RequestValues | null;
  problems: ImportMessage[];
}

const SME_KEYS: Record<string, ImportField> = {
  name: 'smeName', kvk: 'kvk', fte: 'fte', postcode: 'postcode', municipality: 'municipality', sbiCode: 'sbiCode',
  contactName: 'contactName', contactEmail: 'contactEmail', contactPhone: 'contactPhone', intermediaryId: 'intermediary',
};
const REQUEST_KEYS: Record<string, ImportField> = {
  offeringId: 'offering', question: 'question', digitalMaturity: 'digitalMaturity', goals: 'goals', obstacles: 'obstacles',
  channel: 'channel', preferredStart: 'preferredStart', preferredEnd: 'preferredEnd', priority: 'priority', receivedOn: 'receivedOn',
};

/** A placeholder id: the SME of a request is only known at commit time; the schema needs some valid id. */
const SOME_ID = 1;

export function checkRow(
  cells: readonly string[], mapping: Record<ImportField, number | null>, lookups: Lookups, order: DateOrder,
  existingSme: boolean, lang: Language,
): CheckedRow {
  const raw = (f: ImportField) => {
    const i = mapping[f];
    return i === null ? '' : (cells[i] ?? '');
  };
  const lines = new Map<ImportField, string>();
  const text = (f: ImportField) => {
    let t = lines.get(f);
    if (t === undefined) lines.set(f, (t = oneLine(raw(f))));
    return t;
  };
  const problems: ImportMessage[] = [];
  const reported = new Set<ImportField>();
  const report = (m: ImportMessage) => {
    problems.push(m);
    if (m.field) reported.add(m.field);
  };

  // One test over the whole row first: double-encoded text is rare, so the per-field search seldom runs.
  if (looksDoubleEncoded(cells.join('\n'))) {
    const f = (Object.keys(mapping) as ImportField[]).find((k) => looksDoubleEncoded(raw(k)));
    if (f) report(msg(lang, 'garbled', f, { value: clip(text(f), 40) }));
  }

  const number = (f: ImportField) => {
    const t = text(f);
    if (t === '') return undefined;
    const n = numberOf(t);
    if (n === null) report(msg(lang, 'number', f, { value: clip(t) }));
    return n ?? undefined;
  };
  const date = (f: ImportField) => {
    const t = text(f);
    if (t === '') return undefined;
    const d = dateOf(t, order);
    if (d === null) report(msg(lang, 'date', f, { value: clip(t) }));
    return d ?? undefined;
  };
  const lookup = (f: ImportField, map: Lookups['offerings'], key: 'unknownOffering' | 'unknownIntermediary') => {
    const t = text(f);
    if (t === '') return null;
    const hit = map.get(nameKey(t));
    if (hit === undefined) {
      const near = nearName(map, t);
      report(msg(lang, key, f, { value: clip(t), near: near ? ` ${msg(lang, 'didYouMean', null, { name: near }).message}` : '' }));
    }
    return hit?.id ?? null;
  };

  const kvkText = text('kvk');
  // A KvK number typed into a number cell loses its leading zeros; say so instead of a generic "8 digits".
  if (/^\d{5,7}$/.test(kvkText.replace(/\s/g, ''))) {
    const digits = kvkText.replace(/\s/g, '');
    report(msg(lang, 'kvkLeadingZero', 'kvk', { value: kvkText, digits: digits.length, padded: digits.padStart(8, '0') }));
  }
  const fte = number('fte');
  const smeCandidate = {
    name: text('smeName'),
    kvk: kvkText,
    fte: fte ?? (existingSme ? 0 : undefined),
    postcode: text('postcode') || null,
    municipality: text('municipality'),
    sbiCode: text('sbiCode') || null,
    contactName: text('contactName'),
    contactEmail: text('contactEmail'),
    contactPhone: text('contactPhone'),
    intermediaryId: lookup('intermediary', lookups.intermediaries, 'unknownIntermediary'),
  };
  const sme = smeInput.safeParse(smeCandidate);
  if (!sme.success) {
    for (const issue of sme.error.issues) {
      const field = SME_KEYS[String(issue.path[0])];
      if (!field || reported.has(field)) continue;
      report(schemaMsg(lang, field, field === 'fte' && fte === undefined ? '' : text(field), issue.message));
    }
  }

  const priorityText = text('priority');
  const priority = priorityText === '' ? undefined : priorityOf(priorityText);
  if (priority === null) report(msg(lang, 'priority', 'priority', { value: clip(priorityText) }));
  const requestCandidate = {
    smeId: SOME_ID,
    offeringId: lookup('offering', lookups.offerings, 'unknownOffering'),
    question: raw('question').replace(/[ \t]+/g, ' ').trim(),
    digitalMaturity: number('digitalMaturity') ?? null,
    goals: listOf(raw('goals')),
    obstacles: listOf(raw('obstacles')),
    channel: text('channel'),
    preferredStart: date('preferredStart') ?? null,
    preferredEnd: date('preferredEnd') ?? null,
    priority: priority ?? undefined,
    receivedOn: date('receivedOn'),
  };
  const request = requestInput.safeParse(requestCandidate);
  if (!request.success) {
    for (const issue of request.error.issues) {
      const field = REQUEST_KEYS[String(issue.path[0])];
      if (!field || reported.has(field)) continue;
      if (issue.code === 'too_big' && (issue as { origin?: string }).origin === 'string') report(msg(lang, 'tooLong', field, { max: Number((issue as { maximum?: number }).maximum ?? 0) }));
      else report(schemaMsg(lang, field, text(field), issue.message));
    }
  }

  const ok = problems.length === 0 && sme.success && request.success;
  const { smeId: _placeholder, ...requestValues } = request.success ? request.data : { smeId: 0 };
  return {
    kvkText,
    smeName: text('smeName'),
    offering: text('offering'),
    kvk: normalizeKvk(kvkText),
    sme: ok ? sme.data : null,
    request: ok ? (requestValues as RequestValues) : null,
    problems,
  };
}
