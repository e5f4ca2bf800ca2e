import { differenceInCalendarDays, parseISO } from 'date-fns';
import {
  PRIORITIES, REQUEST_STATUSES, STATUSES_NEEDING_REASON, type Priority, type RequestStatus,
} from '../../../../../shared/domain/constants';
import type { RequestRow } from '../../../../../shared/schemas/rows';

// Pure rules of the board: which statuses get a column, how cards are filtered and ordered, what "waiting" means.

/** The pipeline columns, in order; the two early endings sit apart in the narrow "ended" column. */
export const PIPELINE: readonly RequestStatus[] = REQUEST_STATUSES.filter((s) => !STATUSES_NEEDING_REASON.includes(s));
export const ENDED: readonly RequestStatus[] = STATUSES_NEEDING_REASON;
/** Every drop target in keyboard order: arrow right/down walks this list, left/up walks back. */
export const DROP_ORDER: readonly RequestStatus[] = [...PIPELINE, ...ENDED];

/** Statuses where the request is still waiting for the werkplaats to act; later ones show their received date. */
const WAITING: ReadonlySet<RequestStatus> = new Set(['new', 'intake_planned', 'intake_done', 'ready_for_matching', 'matched']);
export const isWaitingStatus = (s: RequestStatus) => WAITING.has(s);

export const needsReason = (s: RequestStatus) => STATUSES_NEEDING_REASON.includes(s);

export interface BoardFilter {
  text: string;
  priority: Priority | null;
  /** An owner's name, '' for "no owner", or null for everyone. */
  owner: string | null;
}

export const EMPTY_FILTER: BoardFilter = { text: '', priority: null, owner: null };

/** Lower case without accents, so "geëvalueerd" matches "geevalueerd". */
export function normalize(s: string): string {
  return s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

export function matchesFilter(r: RequestRow, f: BoardFilter, needle: string): boolean {
  if (f.priority && r.priority !== f.priority) return false;
  if (f.owner !== null && (r.ownerName ?? '') !== f.owner) return false;
  if (!needle) return true;
  return [r.smeName, r.offeringName ?? '', r.ownerName ?? ''].some((v) => normalize(v).includes(needle));
}

const priorityRank = (p: Priority) => PRIORITIES.length - 1 - PRIORITIES.indexOf(p);

/**
 * Cards per status. Open work: highest priority first, then the longest waiting. Finished or ended work: the
 * most recently received first, because that is what people look for there.
 */
export function groupByStatus(rows: readonly RequestRow[], f: BoardFilter): Map<RequestStatus, RequestRow[]> {
  const needle = normalize(f.text);
  const groups = new Map<RequestStatus, RequestRow[]>(REQUEST_STATUSES.map((s) => [s, []]));
  for (const r of rows) if (matchesFilter(r, f, needle)) groups.get(r.status)!.push(r);
  for (const [status, list] of groups) {
    if (isWaitingStatus(status)) {
      list.sort((a, b) => priorityRank(a.priority) - priorityRank(b.priority) || a.receivedOn.localeCompare(b.receivedOn) || a.id - b.id);
    } else {
      list.sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.id - a.id);
    }
  }
  return groups;
}

/** Whole days since the request came in (0 on the day itself); never negative for a date in the future. */
export function waitingDays(receivedOn: string, today: Date): number {
  return Math.max(0, differenceInCalendarDays(today, parseISO(receivedOn)));
}

/** Owner names for the filter, sorted, from the rows themselves (so archived staff with open work still show). */
export function ownerNames(rows: readonly RequestRow[]): string[] {
  const names = new Set<string>();
  for (const r of rows) if (r.ownerName) names.add(r.ownerName);
  return [...names].sort((a, b) => a.localeCompare(b, 'nl'));
}

export const columnId = (s: RequestStatus) => `column:${s}`;
export const statusOfColumn = (id: string | number | undefined | null): RequestStatus | null => {
  if (typeof id !== 'string' || !id.startsWith('column:')) return null;
  const s = id.slice('column:'.length);
  return (REQUEST_STATUSES as readonly string[]).includes(s) ? (s as RequestStatus) : null;
};
export const cardId = (id: number) => `request:${id}`;
