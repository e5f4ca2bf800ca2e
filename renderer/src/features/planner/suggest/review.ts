import { checkPlacement, type PlanIndex, type Placement } from '../../../../../shared/domain/planning/placement';
import type { Violation } from '../../../../../shared/domain/planning/violations';
import type { ProposalOutput, RepairOutput } from '../../../../../shared/schemas/suggest';

export type SuggestionOut = ProposalOutput['suggestions'][number];

/** A suggestion as the review shows it now: with its warnings in full, and whether it still fits the plan. */
export interface LiveSuggestion extends SuggestionOut {
  violations: Violation[];
  /** The plan changed since the proposal (a hand drop took its slot): it can no longer be accepted. */
  stale: boolean;
}

export interface Review {
  live: LiveSuggestion[];
  /** Suggestions whose request has been planned since (accepted, or placed by hand). */
  handled: number;
  dismissed: number;
}

/**
 * The proposal against the current picture. Accepted suggestions drop out by themselves (their request is no
 * longer waiting); the rest are checked again with the planner's rules, together, as suggest:accept will.
 */
export function reviewOf(idx: PlanIndex, proposal: ProposalOutput, waiting: ReadonlySet<number>, dismissed: ReadonlySet<number>): Review {
  const open = proposal.suggestions.filter((s) => waiting.has(s.requestId));
  const kept = open.filter((s) => !dismissed.has(s.requestId));
  const placements: Placement[] = kept.map(({ requestId, teamId, startWeek, endWeek }) => ({ requestId, teamId, startWeek, endWeek }));
  const live = kept.map((s, i) => {
    const violations = checkPlacement(idx, placements[i]!, new Set(), placements);
    return { ...s, violations: violations.filter((v) => !v.hard), stale: violations.some((v) => v.hard) };
  });
  return { live, handled: proposal.suggestions.length - open.length, dismissed: open.length - kept.length };
}

export interface Ghost {
  key: string;
  requestId: number;
  sme: string;
  startWeek: string;
  endWeek: string;
  score: number | null;
  kind: 'suggestion' | 'move' | 'placement';
  selected: boolean;
}

const smeOf = (idx: PlanIndex, requestId: number) => idx.request.get(requestId)?.smeName ?? `#${requestId}`;
const add = (m: Map<number, Ghost[]>, teamId: number, g: Ghost) => m.set(teamId, [...(m.get(teamId) ?? []), g]);

/** The ghost bars of a review, by team. */
export function ghostsOfReview(idx: PlanIndex, live: readonly LiveSuggestion[], selected: ReadonlySet<number>): Map<number, Ghost[]> {
  const out = new Map<number, Ghost[]>();
  for (const s of live) {
    if (s.stale) continue;
    add(out, s.teamId, { key: `s${s.requestId}`, requestId: s.requestId, sme: smeOf(idx, s.requestId), startWeek: s.startWeek, endWeek: s.endWeek, score: s.score,
      kind: 'suggestion', selected: selected.has(s.requestId) });
  }
  return out;
}

/** The ghost bars of a repair: where each moved assignment goes, and the new placements. */
export function ghostsOfRepair(idx: PlanIndex, r: RepairOutput): Map<number, Ghost[]> {
  const out = new Map<number, Ghost[]>();
  for (const m of r.moves) {
    add(out, m.to.teamId, { key: `m${m.assignmentId}`, requestId: m.requestId, sme: smeOf(idx, m.requestId), startWeek: m.to.startWeek, endWeek: m.to.endWeek,
      score: null, kind: 'move', selected: true });
  }
  for (const p of r.placements) {
    add(out, p.teamId, { key: `p${p.requestId}`, requestId: p.requestId, sme: smeOf(idx, p.requestId), startWeek: p.startWeek, endWeek: p.endWeek,
      score: p.score, kind: 'placement', selected: true });
  }
  return out;
}
