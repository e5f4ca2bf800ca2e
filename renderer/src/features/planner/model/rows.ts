import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import type { PlanTeam } from '../../../../../shared/domain/planning/model';
import { ROW_HEIGHT } from './layout';

/** How team rows are grouped: school › programme › cohort, programme › cohort, or not at all. */
export const GROUPINGS = ['school', 'programme', 'none'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface GroupStats {
  teams: number;
  teamsUsed: number;
  minutesUsed: number;
  minutesAvailable: number;
}

export interface GroupRow {
  kind: 'group';
  key: string;
  level: 0 | 1 | 2;
  /** school | programme | cohort: what the header names. */
  what: 'school' | 'programme' | 'cohort';
  title: string;
  detail: string;
  collapsed: boolean;
  stats: GroupStats;
}

export interface TeamRow {
  kind: 'team';
  key: string;
  team: PlanTeam;
  /** Position among the visible team rows: a move of one row down is order + 1. */
  order: number;
  depth: number;
}

export type GridRow = GroupRow | TeamRow;

export interface RowModel {
  rows: GridRow[];
  /** Top of each row inside the body. */
  offsets: number[];
  total: number;
  /** Visible team ids by order. */
  teamOrder: number[];
  rowOfTeam: Map<number, number>;
  /** Every group key above a team (to unfold them when a conflict points at a hidden bar). */
  groupsOfTeam: Map<number, string[]>;
}

export const rowHeight = (row: GridRow): number =>
  row.kind === 'team' ? ROW_HEIGHT.team : row.level === 0 ? ROW_HEIGHT.group0 : row.level === 1 ? ROW_HEIGHT.group1 : ROW_HEIGHT.group2;

interface Level {
  what: GroupRow['what'];
  key: (t: PlanTeam) => string;
  title: (t: PlanTeam) => string;
  detail: (t: PlanTeam) => string;
}

export interface GroupWords {
  school: (t: PlanTeam) => string;
  programme: (t: PlanTeam, withSchool: boolean) => string;
  cohort: (t: PlanTeam) => string;
}

function levelsFor(grouping: Grouping, idx: PlanIndex, words: GroupWords): Level[] {
  const school: Level = { what: 'school', key: (t) => `s:${t.schoolId}`, title: (t) => t.schoolName, detail: words.school };
  const programme = (withSchool: boolean): Level => ({
    what: 'programme', key: (t) => `p:${t.programmeId}`, title: (t) => t.programmeName, detail: (t) => words.programme(t, withSchool),
  });
  const cohort: Level = {
    what: 'cohort', key: (t) => `c:${t.cohortId}`, title: (t) => idx.term.get(t.termId)?.name ?? '', detail: words.cohort,
  };
  if (grouping === 'school') return [school, programme(false), cohort];
  if (grouping === 'programme') return [programme(true), cohort];
  return [];
}

/** What a group's header says about capacity: teams with work, and student-hours asked of the available ones. */
function statsOf(teams: readonly PlanTeam[], idx: PlanIndex): GroupStats {
  const cohorts = new Set<number>();
  const s: GroupStats = { teams: 0, teamsUsed: 0, minutesUsed: 0, minutesAvailable: 0 };
  for (const t of teams) {
    cohorts.add(t.cohortId);
    if (!t.droppedOut) s.teams++;
    const work = idx.byTeam.get(t.id) ?? [];
    if (work.length > 0) s.teamsUsed++;
    for (const a of work) s.minutesUsed += idx.request.get(a.requestId)?.effortMinutes ?? 0;
  }
  for (const c of cohorts) s.minutesAvailable += idx.cohort.get(c)?.capacityMinutes ?? 0;
  return s;
}

/**
 * The rows of the grid in order: group headers and team rows, with collapsed groups' contents left out.
 * Teams keep the snapshot's order (school, programme, term, slot).
 */
export function buildRows(idx: PlanIndex, grouping: Grouping, collapsed: ReadonlySet<string>, words: GroupWords): RowModel {
  const levels = levelsFor(grouping, idx, words);
  const teams = idx.snapshot.teams;
  const rows: GridRow[] = [];
  const teamOrder: number[] = [];
  const groupsOfTeam = new Map<number, string[]>();

  const walk = (list: readonly PlanTeam[], depth: number, parents: string[]) => {
    const level = levels[depth];
    if (!level) {
      for (const team of list) {
        groupsOfTeam.set(team.id, parents);
        rows.push({ kind: 'team', key: `t:${team.id}`, team, order: teamOrder.length, depth });
        teamOrder.push(team.id);
      }
      return;
    }
    const buckets = new Map<string, PlanTeam[]>();
    for (const team of list) {
      const k = level.key(team);
      const bucket = buckets.get(k);
      if (bucket) bucket.push(team);
      else buckets.set(k, [team]);
    }
    for (const [key, members] of buckets) {
      const isCollapsed = collapsed.has(key);
      rows.push({
        kind: 'group', key, level: depth as 0 | 1 | 2, what: level.what, title: level.title(members[0]!),
        detail: level.detail(members[0]!), collapsed: isCollapsed, stats: statsOf(members, idx),
      });
      if (isCollapsed) {
        for (const team of members) groupsOfTeam.set(team.id, [...parents, key]);
      } else {
        walk(members, depth + 1, [...parents, key]);
      }
    }
  };
  walk(teams, 0, []);

  const offsets: number[] = [];
  let total = 0;
  const rowOfTeam = new Map<number, number>();
  rows.forEach((row, i) => {
    offsets.push(total);
    total += rowHeight(row);
    if (row.kind === 'team') rowOfTeam.set(row.team.id, i);
  });
  return { rows, offsets, total, teamOrder, rowOfTeam, groupsOfTeam };
}

/** Index of the row at height y of the body, or -1 outside. */
export function rowAt(model: RowModel, y: number): number {
  if (y < 0 || y >= model.total) return -1;
  let lo = 0;
  let hi = model.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (model.offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every group key of the model (for "collapse all"). */
export function allGroupKeys(idx: PlanIndex, grouping: Grouping): string[] {
  if (grouping === 'none') return [];
  const keys = new Set<string>();
  for (const t of idx.snapshot.teams) {
    if (grouping === 'school') keys.add(`s:${t.schoolId}`);
    keys.add(`p:${t.programmeId}`);
    keys.add(`c:${t.cohortId}`);
  }
  return [...keys];
}
