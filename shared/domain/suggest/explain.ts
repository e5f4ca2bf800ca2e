import type { Language } from '../constants';
import { explain } from '../planning/messages';
import type { PlanIndex } from '../planning/placement';
import type { Candidate, SuggestInstance } from './candidates';

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
  const planned = new Set(chosen.map((c) => si.candidates[c]!.requestId));
  const best = new Map<number, number>();
  si.candidates.forEach((c, i) => {
    const b = best.get(c.requestId);
    if (b === undefined || c.score > si.candidates[b]!.score) best.set(c.requestId, i);
  });
  const chosenByClass = new Map<number, number[]>();
  for (const c of chosen) {
    const list = chosenByClass.get(si.candidates[c]!.classIndex) ?? [];
    list.push(c);
    chosenByClass.set(si.candidates[c]!.classIndex, list);
  }
  const out: Unplanned[] = [];
  for (const requestId of si.requestIds) {
    if (planned.has(requestId)) continue;
    const b = best.get(requestId);
    if (b === undefined) {
      const first = si.refusals.get(requestId)?.[0];
      const detail = first ? fill(t.no_eligible_team, { why: explain({ rule: first.rule, hard: true, params: first.params }, lang) }) : t.noTeams;
      out.push({ requestId, reason: 'no_eligible_team', detail, by: [] });
      continue;
    }
    const mine: Candidate = si.candidates[b]!;
    const rivals = (chosenByClass.get(mine.classIndex) ?? []).filter((c) => {
      const o = si.candidates[c]!;
      return o.startWeek <= mine.endWeek && mine.startWeek <= o.endWeek;
    });
    const higher = rivals.some((c) => si.candidates[c]!.score > mine.score);
    const who = rivals.slice(0, 3).map((c) => {
      const o = si.candidates[c]!;
      const sme = idx.request.get(o.requestId)?.smeName ?? `#${o.requestId}`;
      return `${sme} (${idx.team.get(teamOf(c))?.label ?? '?'}, ${o.startWeek}–${o.endWeek}, score ${o.score})`;
    }).join(', ') + (rivals.length > 3 ? ` +${rivals.length - 3}` : '');
    const cls = si.classes[mine.classIndex]!;
    const slot = fill(t.slot, { team: `${cls.team.programmeName} ${cls.team.label}`, week: mine.startWeek });
    const reason: UnplannedReason = higher ? 'outscored' : 'capacity_taken';
    out.push({ requestId, reason, detail: fill(t[reason], { slot, who, score: mine.score }), by: rivals.map((c) => si.candidates[c]!.requestId) });
  }
  return out;
}
