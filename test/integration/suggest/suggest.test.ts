import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPlacement, indexSnapshot } from '../../../shared/domain/planning/placement';
import { SCORE_PARTS } from '../../../shared/domain/suggest/weights';
import { openCore, type Core } from '../../helpers/coreHarness';
import { buildWorld } from '../planner/world';

// The suggestion channels on the planner's small test world: one mbo-4 website programme, two teams, a
// 10-week term with a holiday week; three website requests and one masters-only data request waiting.

let core: Core;
let w: ReturnType<typeof buildWorld>;
beforeEach(() => {
  core = openCore();
  w = buildWorld(core);
});
afterEach(() => core.close());

const assignments = () => core.db().prepare(`SELECT id, request_id AS requestId, team_id AS teamId, start_week AS startWeek,
  end_week AS endWeek FROM assignments ORDER BY id`).all() as { id: number; requestId: number; teamId: number; startWeek: string; endWeek: string }[];

describe('suggest:run', () => {
  it('plans every request a team can take, without breaking a hard rule, and explains the rest', async () => {
    const p = await core.callAsync('suggest:run', { termIds: [w.termId], today: '2026-08-15' });
    const website = [w.requests.bakery, w.requests.bikes, w.requests.late];
    expect(p.suggestions.map((s) => s.requestId).sort()).toEqual([...website].sort());
    expect(p.optimal).toBe(true);
    expect(p.objective).toBeGreaterThanOrEqual(p.greedyObjective);
    expect(p.objective).toBe(p.suggestions.reduce((a, s) => a + s.score, 0));
    const idx = indexSnapshot(core.call('planner:data', { termIds: [w.termId] }));
    const placements = p.suggestions.map(({ requestId, teamId, startWeek, endWeek }) => ({ requestId, teamId, startWeek, endWeek }));
    for (const s of p.suggestions) {
      expect(SCORE_PARTS.reduce((a, k) => a + s.parts[k], 0)).toBe(s.score);
      const found = checkPlacement(idx, placements.find((x) => x.requestId === s.requestId)!, new Set(), placements);
      expect(found.filter((v) => v.hard)).toEqual([]);
      // The holiday week (W43) costs points; the two requests without a wish have room to avoid it.
      if (s.requestId !== w.requests.late) expect(s.warnings).toEqual([]);
    }
    // Kapsalon Knip wants W44 or later, but the term ends in W45: the closest bar is the term's last four weeks.
    expect(p.suggestions.find((s) => s.requestId === w.requests.late)).toMatchObject({ startWeek: '2026-W42', endWeek: '2026-W45', warnings: ['holiday', 'window'] });
    expect(p.unplanned).toEqual([{ requestId: w.requests.data, reason: 'no_eligible_team', by: [],
      detail: 'Geen team kan deze aanvraag nemen: Datadashboard is niet voor niveau mbo-4.' }]);
    expect(assignments()).toEqual([]); // a proposal writes nothing
  });

  it('keeps existing and locked work and plans around it; says who took a request’s slot', async () => {
    core.call('planner:assign', { items: [
      { requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W36' },
      { requestId: w.requests.bikes, teamId: w.team2, startWeek: '2026-W36' },
    ] });
    core.db().prepare(`UPDATE assignments SET locked = 1 WHERE request_id = ?`).run(w.requests.bakery);
    const before = JSON.stringify(assignments());
    const extra = core.call('smes:create', { name: 'Drukkerij Inkt', kvk: '55555555', fte: 3, postcode: '3511 AB', holidayRegion: 'midden' }).id;
    const ids = ['66666666', '77777777', '88888888'].map((kvk, i) => {
      const smeId = i === 0 ? extra : core.call('smes:create', { name: `Winkel ${i}`, kvk, fte: 3, postcode: '3511 AB', holidayRegion: 'midden' }).id;
      const id = core.call('requests:create', { smeId, offeringId: w.website, question: 'Nieuwe site', receivedOn: '2026-08-01', priority: i === 2 ? 'high' : 'low' }).id;
      core.call('requests:setStatus', { requestId: id, status: 'ready_for_matching' });
      return id;
    });
    const p = await core.callAsync('suggest:run', { termIds: [w.termId], today: '2026-08-15' });
    expect(JSON.stringify(assignments())).toBe(before);
    // W40–W45 holds one 4-week bar per team beside the existing W36–W39 ones: two of four website requests fit.
    expect(p.suggestions).toHaveLength(2);
    for (const s of p.suggestions) expect(s.startWeek > '2026-W39').toBe(true);
    expect(p.suggestions.map((s) => s.requestId)).toContain(ids[2]); // the high-priority one
    const left = p.unplanned.filter((u) => u.reason !== 'no_eligible_team');
    expect(left).toHaveLength(2);
    for (const u of left) {
      expect(u.by.length).toBeGreaterThan(0);
      expect(u.detail).toMatch(/Beste plek .* gaat naar/);
    }
  });

  it('uses the weights of the run or the saved preset', async () => {
    expect(core.call('suggest:settings')).toMatchObject({ preset: 'balanced' });
    const micro = core.call('suggest:setWeights', { preset: 'microFirst' });
    expect(micro.preset).toBe('microFirst');
    expect(micro.presets.map((p) => p.label)).toEqual(['Evenwichtig', 'Wachttijd eerst', 'Micro eerst']);
    const custom = core.call('suggest:setWeights', { weights: { ...micro.weights, region: 0 } });
    expect(custom.preset).toBe('custom');
    expect(core.call('suggest:settings').weights.region).toBe(0);
    const p = await core.callAsync('suggest:run', { termIds: [w.termId], today: '2026-08-15' });
    for (const s of p.suggestions) expect(s.parts.region).toBe(0);
    const zero = Object.fromEntries(SCORE_PARTS.map((k) => [k, 0])) as typeof micro.weights;
    expect((await core.callAsync('suggest:run', { termIds: [w.termId], today: '2026-08-15', weights: { ...zero, base: 1 } })).objective).toBe(300);
    expect(core.fail('suggest:setWeights', { weights: { ...zero, base: 11 } }).code).toBe('invalid_input');
  });
});

describe('suggest:accept', () => {
  it('places the accepted suggestions in one undo step, with the planner’s rules', async () => {
    const p = await core.callAsync('suggest:run', { termIds: [w.termId], today: '2026-08-15' });
    const res = core.call('suggest:accept', { items: p.suggestions.map(({ requestId, teamId, startWeek }) => ({ requestId, teamId, startWeek })) });
    expect(res.ids).toHaveLength(3);
    expect(assignments().map(({ requestId, teamId, startWeek, endWeek }) => ({ requestId, teamId, startWeek, endWeek })))
      .toEqual(expect.arrayContaining(p.suggestions.map(({ requestId, teamId, startWeek, endWeek }) => ({ requestId, teamId, startWeek, endWeek }))));
    expect(core.call('planner:data', { termIds: [w.termId] }).unplannedIds).toEqual([w.requests.data]);
    expect(core.changed.at(-1)).toEqual(expect.arrayContaining(['assignments', 'requests']));
    core.call('history:undo');
    expect(assignments()).toEqual([]);
    // A stale proposal is refused whole by the same rules planner:assign applies.
    core.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: p.suggestions[0]!.teamId, startWeek: p.suggestions[0]!.startWeek }] });
    const err = core.fail('suggest:accept', { items: p.suggestions.map(({ requestId, teamId, startWeek }) => ({ requestId, teamId, startWeek })) });
    expect(err.code).toBe('plan_refused');
    expect(assignments()).toHaveLength(1);
  });
});
