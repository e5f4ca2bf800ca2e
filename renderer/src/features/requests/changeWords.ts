import type { TFunction } from 'i18next';
import { format, parseISO } from 'date-fns';
import { enUS, nl as nlLocale } from 'date-fns/locale';
import {
  PRIORITIES, REQUEST_STATUSES, type Language, type Priority, type RequestStatus,
} from '../../../../shared/domain/constants';
import type { RequestDetail } from '../../../../shared/schemas/masterRows';
import { historyLabel } from '../../components/history/historyLabels';
import { formatDate } from '../../i18n/format';

// The change log stores database columns and raw values; people read field labels and words. This turns one
// action group's rows into sentences like "Prioriteit: normaal → hoog".

/** Database column → the field label key in requestsEdit.fields. */
const FIELD_OF_COLUMN = {
  sme_id: 'sme',
  offering_id: 'offering',
  question: 'question',
  digital_maturity: 'maturity',
  goals: 'goals',
  obstacles: 'obstacles',
  channel: 'channel',
  preferred_start: 'preferredStart',
  preferred_end: 'preferredEnd',
  priority: 'priority',
  owner_staff_id: 'owner',
  status: 'status',
  status_reason: 'reason',
  received_on: 'receivedOn',
  archived_at: 'archived',
} as const;
type Column = keyof typeof FIELD_OF_COLUMN;

export interface NameLookups {
  sme: (id: number) => string | undefined;
  offering: (id: number) => string | undefined;
  staff: (id: number) => string | undefined;
}

export interface ChangeGroup {
  key: string;
  at: string;
  actor: string;
  what: string;
  lines: string[];
}

type Change = RequestDetail['changes'][number];

const isColumn = (c: string): c is Column => Object.hasOwn(FIELD_OF_COLUMN, c);

function listOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(v);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [v];
  }
}

const short = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

function valueText(column: Column, v: unknown, t: TFunction, lang: Language, names: NameLookups): string {
  if (v === null || v === undefined || v === '') return t('requestsEdit.changes.empty');
  const id = Number(v);
  switch (column) {
    case 'status':
      return (REQUEST_STATUSES as readonly unknown[]).includes(v) ? t(`enums.requestStatus.${v as RequestStatus}`) : String(v);
    case 'priority':
      return (PRIORITIES as readonly unknown[]).includes(v) ? t(`enums.priority.${v as Priority}`) : String(v);
    case 'sme_id':
      return names.sme(id) ?? `#${id}`;
    case 'offering_id':
      return names.offering(id) ?? `#${id}`;
    case 'owner_staff_id':
      return names.staff(id) ?? `#${id}`;
    case 'goals':
    case 'obstacles': {
      const list = listOf(v);
      return list.length > 0 ? list.join(', ') : t('requestsEdit.changes.empty');
    }
    case 'preferred_start':
    case 'preferred_end':
    case 'received_on':
      return formatDate(String(v), lang);
    case 'digital_maturity':
      return `${String(v)}/10`;
    default:
      return `“${short(String(v))}”`;
  }
}

function lineOf(c: Change, t: TFunction, lang: Language, names: NameLookups): string | null {
  if (c.action === 'insert') return t('requestsEdit.changes.created');
  if (c.action === 'delete') return t('requestsEdit.changes.deleted');
  if (!c.field) return null;
  if (c.field === 'archived_at') return t(c.newValue ? 'requestsEdit.changes.archived' : 'requestsEdit.changes.restored');
  if (!isColumn(c.field)) return t('requestsEdit.changes.other', { field: c.field });
  return t('requestsEdit.changes.update', {
    field: t(`requestsEdit.fields.${FIELD_OF_COLUMN[c.field]}`),
    from: valueText(c.field, c.oldValue, t, lang, names),
    to: valueText(c.field, c.newValue, t, lang, names),
  });
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The change log of one request as groups (one per user action, newest first) of readable lines. */
export function describeChanges(changes: readonly Change[], t: TFunction, lang: Language, names: NameLookups): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  for (const c of changes) {
    const key = `${c.at}\u0000${c.actor}\u0000${c.label}`;
    let group = groups.at(-1);
    if (!group || group.key !== key) {
      group = { key, at: c.at, actor: c.actor, what: capitalise(historyLabel(c.label, t)), lines: [] };
      groups.push(group);
    }
    const line = lineOf(c, t, lang, names);
    if (line) group.lines.push(line);
  }
  // The log lists the newest row first; within one action the fields read better in the order they were written.
  for (const g of groups) g.lines.reverse();
  return groups.filter((g) => g.lines.length > 0);
}

/** "12 sep 2026, 14:03" in local time. */
export function formatDateTime(iso: string, lang: Language): string {
  const d = parseISO(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return format(d, lang === 'nl' ? "d MMM yyyy, HH:mm" : "d MMM yyyy, h:mm a", { locale: lang === 'nl' ? nlLocale : enUS }).replace('.', '');
}
