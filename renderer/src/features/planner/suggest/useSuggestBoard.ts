import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import { affectedAssignments } from '../../../../../shared/domain/suggest/repair';
import { call } from '../../../api/client';
import type { Geometry } from '../dnd/geometry';
import type { useCommands } from '../useCommands';
import { ghostsOfRepair, ghostsOfReview, reviewOf, type Ghost, type LiveSuggestion } from './review';
import { revealGhost } from './reveal';
import { useSuggest } from './useSuggest';

interface Options {
  idx: PlanIndex;
  waiting: readonly number[];
  commands: ReturnType<typeof useCommands>;
  geometry: () => Geometry;
  /** Unfolds the groups around a team, so a suggestion on it can be shown. */
  unfold: (teamId: number) => void;
  /** Brings the review tab forward (a ghost was clicked, a run started). */
  showTab: () => void;
}

const NO_GHOSTS: ReadonlyMap<number, Ghost[]> = new Map();

/** The planner's suggestion review: the run, its live state against the plan, ghost bars, accept and repair. */
export function useSuggestBoard({ idx, waiting, commands, geometry, unfold, showTab }: Options) {
  const { t } = useTranslation();
  const termIds = useMemo(() => idx.snapshot.terms.map((term) => term.id), [idx.snapshot.terms]);
  const sg = useSuggest(termIds);
  const waitingSet = useMemo(() => new Set(waiting), [waiting]);
  const review = useMemo(() => (sg.mode.kind === 'review' ? reviewOf(idx, sg.mode.proposal, waitingSet, sg.dismissed) : null), [idx, sg.mode, waitingSet, sg.dismissed]);
  const ghosts = useMemo(() => {
    if (review) return ghostsOfReview(idx, review.live, sg.selected);
    if (sg.mode.kind === 'repair') return ghostsOfRepair(idx, sg.mode.repair);
    return NO_GHOSTS;
  }, [idx, review, sg.mode, sg.selected]);
  // What a repair would re-place: flagged bars, bars on a team that dropped out (the solver's own definition).
  const flagged = useMemo(() => affectedAssignments(idx.snapshot).length, [idx.snapshot]);

  const show = useCallback((teamId: number, week: string, requestId: number) => {
    unfold(teamId);
    revealGhost(geometry, teamId, week, requestId);
  }, [geometry, unfold]);

  const { start, close } = sg;
  const run = useCallback((what: 'run' | 'repair') => {
    showTab();
    void start(what);
  }, [showTab, start]);

  const accept = useCallback((items: readonly LiveSuggestion[]) => {
    if (items.length === 0) return;
    const first = idx.request.get(items[0]!.requestId)?.smeName ?? '';
    void commands.run(() => call('suggest:accept', { items: items.map(({ requestId, teamId, startWeek }) => ({ requestId, teamId, startWeek })) }), {
      success: () => t('suggest.done.accepted', { count: items.length, sme: first }),
    });
  }, [commands, idx, t]);

  const applyRepair = useCallback(() => {
    if (sg.mode.kind !== 'repair') return;
    const r = sg.mode.repair;
    void commands.run(() => call('suggest:applyRepair', {
      moves: r.moves.map((m) => ({ assignmentId: m.assignmentId, teamId: m.to.teamId, startWeek: m.to.startWeek, endWeek: m.to.endWeek })),
      items: r.placements.map((p) => ({ requestId: p.requestId, teamId: p.teamId, startWeek: p.startWeek })),
    }), {
      success: (res) => t('suggest.done.repaired', { moved: res.moved.length, placed: res.assigned.length }),
      after: () => close(),
    });
  }, [sg.mode, commands, t, close]);

  /** A ghost bar was clicked: bring its suggestion forward in the list. */
  const pick = useCallback((requestId: number) => {
    showTab();
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>(`[data-testid="suggestion"][data-request-id="${requestId}"]`);
      el?.scrollIntoView({ block: 'nearest' });
      el?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
    });
  }, [showTab]);

  return { ...sg, review, ghosts, flagged, run, accept, applyRepair, show, pick };
}

export type SuggestBoard = ReturnType<typeof useSuggestBoard>;
