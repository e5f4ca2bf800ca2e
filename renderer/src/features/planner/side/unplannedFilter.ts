import { differenceInCalendarDays, parseISO } from 'date-fns';
import { PRIORITIES, type Level, type Priority, type Theme } from '../../../../../shared/domain/constants';
import type { PlanRequest } from '../../../../../shared/domain/planning/model';

export const SORTS = ['waiting', 'priority', 'name', 'duration'] as const;
export type SortKey = (typeof SORTS)[number];
export const WAITING_STEPS = [0, 14, 30, 60] as const;

export interface UnplannedFilter {
  search: string;
  theme: Theme | '';
  level: Level | '';
  region: string;
  size: PlanRequest['smeSizeClass'] | '';
  priority: Priority | '';
  /** At least this many days waiting (0: any). */
  waiting: (typeof WAITING_STEPS)[number];
  sort: SortKey;
}

export const EMPTY_FILTER: UnplannedFilter = { search: '', theme: '', level: '', region: '', size: '', priority: '', waiting: 0, sort: 'waiting' };

/** How many filters narrow the list (search and sort not counted). */
export const activeFilters = (f: UnplannedFilter) =>
  [f.theme, f.level, f.region, f.size, f.priority].filter((v) => v !== '').length + (f.waiting > 0 ? 1 : 0);

export const waitingDays = (receivedOn: string, today: string) => Math.max(0, differenceInCalendarDays(parseISO(today), parseISO(receivedOn)));

const PRIORITY_RANK: Record<Priority, number> = { high: 0, normal: 1, low: 2 };

/** The waiting requests that pass the filters, in the chosen order (ties: longest waiting first). */
export function filterRequests(list: readonly PlanRequest[], f: UnplannedFilter, today: string): PlanRequest[] {
  const q = f.search.trim().toLocaleLowerCase('nl');
  const out = list.filter((r) =>
    (!q || r.smeName.toLocaleLowerCase('nl').includes(q) || (r.offeringName ?? '').toLocaleLowerCase('nl').includes(q)) &&
    (!f.theme || r.theme === f.theme) &&
    (!f.level || r.levels.includes(f.level)) &&
    (!f.region || r.smeRegion === f.region) &&
    (!f.size || r.smeSizeClass === f.size) &&
    (!f.priority || r.priority === f.priority) &&
    (f.waiting === 0 || waitingDays(r.receivedOn, today) >= f.waiting));
  const byWaiting = (a: PlanRequest, b: PlanRequest) => a.receivedOn.localeCompare(b.receivedOn) || a.id - b.id;
  const compare: Record<UnplannedFilter['sort'], (a: PlanRequest, b: PlanRequest) => number> = {
    waiting: byWaiting,
    priority: (a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || byWaiting(a, b),
    name: (a, b) => a.smeName.localeCompare(b.smeName, 'nl') || byWaiting(a, b),
    duration: (a, b) => b.durationWeeks - a.durationWeeks || byWaiting(a, b),
  };
  return out.sort(compare[f.sort]);
}

export const PRIORITY_ORDER = [...PRIORITIES].reverse();
