import type { Language } from '../constants';
import { explain } from '../planning/messages';
import type { PlanIndex } from '../planning/placement';
import { candidateAt, type Candidate, type SuggestInstance } from './candidates';

// Why a request is left out of the proposal, in words: no team may take it at all (with the planner's own
// message for the rule that stopped it most often), or its best slot went to other suggestions.

export const UNPLANNED_REASONS = ['no_eligible_team', 'capacity_taken', 'outscored'] as const;
export type UnplannedReason = (typeof UNPLANNED_REASONS)[number];

export interface Unplanned { requestId: number; reason: UnplannedReason; detail: string; by: number[] }

const TEXT: Record<Language, Record<UnplannedReason | 'noTeams' | 'slot', string>> = {
  nl: {
    no_eligible_team: 'Geen team kan deze aanvraag nemen: {why}',
    noTeams: 'Geen team kan deze aanvraag nemen: er zijn geen beschikbare teams in de gekozen periode(s).',
    outscored: 'Beste plek ({slot}) gaat naar {who}, met een hogere score dan {score}.',
    capacity_taken: 'Beste plek ({slot}) gaat naar {who}; samen leveren die meer op dan deze aanvraag ({score}).',
    slot: '{team} vanaf {week}',
  },
  en: {
    no_eligible_team: 'No team can take this request: {why}',
    noTeams: 'No team can take this request: there are no available teams in the chosen term(s).',
    outscored: 'Its best slot ({slot}) goes to {who}, scoring higher than {score}.',
    capacity_taken: 'Its best slot ({slot}) goes to {who}; together they are worth more than this request ({score}).',
    slot: '{team} from {week}',
  },
};

const fill = (s: string, p: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? `{${k}}`));

export function explainUnplanned(
  idx: PlanIndex, si: SuggestInstance, chosen: readonly number[], teamOf: (candidate: number) => number, lang: Language,
): Unplanned[] {
  const t = TEXT[lang];
  const inst = si.instance;
  // Numbers, not objects or week strings: at huge scale this runs over a million candidates.
  const planned = new Uint8Array(inst.requests);
  for (const c of chosen) planned[inst.req[c]!] = 1;
  const best = new Int32Array(inst.requests).fill(-1);
  for (let c = 0; c < inst.req.length; c++) {
    const r = inst.req[c]!;
    if (best[r] === -1 || inst.score[c]! > inst.score[best[r]!]!) best[r] = c;
  }
  // A bar's first and last cell: within one class, cells are consecutive weeks, so they order like weeks.
  const first = (c: number) => inst.cellList[inst.cellStart[c]!]!;
  const last = (c: number) => inst.cellList[inst.cellStart[c + 1]! - 1]!;
  // Per class, its chosen bars by first cell, so the bars overlapping a given one are found by a short scan:
  // thousands of unplanned requests ask this at huge scale.
  const byClass = new Map<number, number[]>();
  for (const c of chosen) {
    const k = si.classOf[c]!;
    const list = byClass.get(k);
    if (list) list.push(c);
    else byClass.set(k, [c]);
  }
  const lanes = new Map<number, { ids: Int32Array; firsts: Int32Array; lasts: Int32Array; longest: number }>();
  for (const [k, list] of byClass) {
    list.sort((a, b) => first(a) - first(b) || a - b);
    const ids = Int32Array.from(list);
    const firsts = new Int32Array(ids.length);
    const lasts = new Int32Array(ids.length);
    let longest = 1;
    ids.forEach((c, i) => {
      firsts[i] = first(c);
      lasts[i] = last(c);
      longest = Math.max(longest, lasts[i]! - firsts[i]! + 1);
    });
    lanes.set(k, { ids, firsts, lasts, longest });
  }
  /** The chosen bars of the same class that overlap bar b, in candidate order. */
  const overlapping = (b: number): number[] => {
    const lane = lanes.get(si.classOf[b]!);
    if (!lane) return [];
    const from = first(b);
    const to = last(b);
    // A bar that reaches `from` starts at most `longest − 1` cells before it.
    let i = 0;
    for (let hi = lane.ids.length; i < hi;) {
      const mid = (i + hi) >> 1;
      if (lane.firsts[mid]! < from - lane.longest + 1) i = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (; i < lane.ids.length && lane.firsts[i]! <= to; i++) if (lane.lasts[i]! >= from) out.push(lane.ids[i]!);
    return out.sort((a, b) => a - b);
  };
  const out: Unplanned[] = [];
  si.requestIds.forEach((requestId, r) => {
    if (planned[r]) return;
    const b = best[r]!;
    if (b === -1) {
      const why = si.refusals.get(requestId)?.[0];
      const detail = why ? fill(t.no_eligible_team, { why: explain({ rule: why.rule, hard: true, params: why.params }, lang) }) : t.noTeams;
      out.push({ requestId, reason: 'no_eligible_team', detail, by: [] });
      return;
    }
    const mine: Candidate = candidateAt(si, b);
    const rivals = overlapping(b);
    const higher = rivals.some((c) => inst.score[c]! > mine.score);
    const who = rivals.slice(0, 3).map((c) => {
      const o = candidateAt(si, c);
      const sme = idx.request.get(o.requestId)?.smeName ?? `#${o.requestId}`;
      return `${sme} (${idx.team.get(teamOf(c))?.label ?? '?'}, ${o.startWeek}–${o.endWeek}, score ${o.score})`;
    }).join(', ') + (rivals.length > 3 ? ` +${rivals.length - 3}` : '');
    const cls = si.classes[mine.classIndex]!;
    const slot = fill(t.slot, { team: `${cls.team.programmeName} ${cls.team.label}`, week: mine.startWeek });
    const reason: UnplannedReason = higher ? 'outscored' : 'capacity_taken';
    out.push({ requestId, reason, detail: fill(t[reason], { slot, who, score: mine.score }), by: rivals.map((c) => si.requestIds[inst.req[c]!]!) });
  });
  return out;
}
