import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';
import { buildWorld } from '../planner/world';

// Re-planning after a drop-out: suggest:repair proposes where the flagged assignments go (reading only), and
// suggest:applyRepair carries out the moves and new placements as one undo step, or refuses and changes nothing.

let core: Core;
let w: ReturnType<typeof buildWorld>;
beforeEach(() => {
  core = openCore();
  w = buildWorld(core);
});
afterEach(() => core.close());

interface Row { id: number; requestId: number; teamId: number; startWeek: string; endWeek: string; needsReplan: number }
const rows = () => core.db().prepare(`SELECT id, request_id AS requestId, team_id AS teamId, start_week AS startWeek, end_week AS endWeek,
  needs_replan AS needsReplan FROM assignments ORDER BY id`).all() as Row[];

/** Team 1 has the bakery (W36–W39), team 2 the bikes (W40–W43); then team 1 drops out. */
function dropOut() {
  core.call('planner:assign', { items: [
    { requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W36' },
    { requestId: w.requests.bikes, teamId: w.team2, startWeek: '2026-W40' },
  ] });
  core.call('teams:dropOut', { teamId: w.team1, droppedOut: true, on: '2026-08-20' });
}

describe('suggest:repair', () => {
  it('re-places the flagged assignment on a team that is free then, moving nothing else, and writes nothing', async () => {
    dropOut();
    const before = JSON.stringify(rows());
    const r = await core.callAsync('suggest:repair', { termIds: [w.termId], today: '2026-08-15' });
    expect(r.flagged).toBe(1);
    const bakery = rows().find((x) => x.requestId === w.requests.bakery)!;
    expect(r.moves).toHaveLength(1);
    expect(r.moves[0]).toMatchObject({ assignmentId: bakery.id, flagged: true, from: { teamId: w.team1, startWeek: '2026-W36' }, to: { teamId: w.team2 } });
    // Team 2 is busy W40–W43 with the bikes: the bakery's four weeks must end before that or start after it.
    const to = r.moves[0]!.to;
    expect(to.endWeek < '2026-W40' || to.startWeek > '2026-W43').toBe(true);
    expect(r.unplaced).toEqual([]);
    expect(JSON.stringify(rows())).toBe(before);
  });

  it('moves another planned bar aside when that makes room, and says so', async () => {
    dropOut();
    // The bikes were stretched over the whole term on team 2: the bakery only fits when they shrink back.
    const bikes = rows().find((x) => x.requestId === w.requests.bikes)!;
    core.call('planner:move', { moves: [{ assignmentId: bikes.id, teamId: w.team2, startWeek: '2026-W36', endWeek: '2026-W45' }] });
    const r = await core.callAsync('suggest:repair', { termIds: [w.termId], today: '2026-08-15' });
    expect(r.moves.map((m) => [m.assignmentId, m.flagged])).toEqual(expect.arrayContaining([[bikes.id, false]]));
    expect(r.moves.find((m) => m.flagged)).toMatchObject({ requestId: w.requests.bakery, to: { teamId: w.team2 } });
    expect(r.unplaced).toEqual([]);
    core.call('suggest:applyRepair', { moves: r.moves.map((m) => ({ assignmentId: m.assignmentId, teamId: m.to.teamId, startWeek: m.to.startWeek, endWeek: m.to.endWeek })) });
    const after = rows();
    expect(after.every((a) => a.teamId === w.team2 && a.needsReplan === 0)).toBe(true);
    const [a, b] = after.sort((x, y) => x.startWeek.localeCompare(y.startWeek)) as [Row, Row];
    expect(a.endWeek < b.startWeek).toBe(true);
  });

  it('says which affected assignments find no place, and why', async () => {
    dropOut();
    core.call('teams:dropOut', { teamId: w.team2, droppedOut: true, on: '2026-08-20' });
    const r = await core.callAsync('suggest:repair', { termIds: [w.termId], today: '2026-08-15' });
    expect(r.flagged).toBe(2);
    expect(r.moves).toEqual([]);
    expect(r.unplaced.map((u) => u.requestId).sort()).toEqual([w.requests.bakery, w.requests.bikes].sort());
    for (const u of r.unplaced) expect(u.detail).toMatch(/Geen team kan deze aanvraag nemen/);
  });
});

describe('suggest:applyRepair', () => {
  it('moves and places in one undo step; the flag is cleared, and undo puts it all back', async () => {
    dropOut();
    const r = await core.callAsync('suggest:repair', { termIds: [w.termId], today: '2026-08-15' });
    // A two-week quick scan waiting too: it fits in team 2's last two weeks beside the moved bakery and the bikes.
    const scan = core.call('offerings:create', {
      name: 'Quickscan', theme: 'website_webshop', durationValue: 2, durationUnit: 'weeks', effortMinutes: 600, teamSize: 2, levels: ['mbo-4'],
    }).id;
    const smeId = core.call('smes:create', { name: 'Slagerij Vers', kvk: '12121212', fte: 3, postcode: '3511 AB', holidayRegion: 'midden' }).id;
    const quick = core.call('requests:create', { smeId, offeringId: scan, question: 'Snelle blik', receivedOn: '2026-08-01' }).id;
    core.call('requests:setStatus', { requestId: quick, status: 'ready_for_matching' });
    const before = rows();
    const groups = core.count(`SELECT count(*) FROM action_groups`);
    const res = core.call('suggest:applyRepair', {
      moves: r.moves.map((m) => ({ assignmentId: m.assignmentId, teamId: m.to.teamId, startWeek: m.to.startWeek, endWeek: m.to.endWeek })),
      items: [{ requestId: quick, teamId: w.team2, startWeek: '2026-W44' }],
    });
    expect(res.moved).toEqual([r.moves[0]!.assignmentId]);
    expect(res.assigned).toHaveLength(1);
    expect(core.count(`SELECT count(*) FROM action_groups`)).toBe(groups + 1);
    const bakery = rows().find((x) => x.requestId === w.requests.bakery)!;
    expect(bakery).toMatchObject({ teamId: w.team2, startWeek: r.moves[0]!.to.startWeek, needsReplan: 0 });
    expect(rows()).toHaveLength(3);
    core.call('history:undo');
    expect(rows()).toEqual(before);
  });

  it('refuses all of it when one part breaks a hard rule, and changes nothing', async () => {
    dropOut();
    const r = await core.callAsync('suggest:repair', { termIds: [w.termId], today: '2026-08-15' });
    const before = JSON.stringify(rows());
    const groups = core.count(`SELECT count(*) FROM action_groups`);
    // The move is fine, but the new placement goes onto the team that dropped out.
    const e = core.fail('suggest:applyRepair', {
      moves: r.moves.map((m) => ({ assignmentId: m.assignmentId, teamId: m.to.teamId, startWeek: m.to.startWeek, endWeek: m.to.endWeek })),
      items: [{ requestId: w.requests.late, teamId: w.team1, startWeek: '2026-W42' }],
    });
    expect(e.code).toBe('plan_refused');
    expect(e.message).toMatch(/uitgevallen/);
    expect(JSON.stringify(rows())).toBe(before);
    expect(core.count(`SELECT count(*) FROM action_groups`)).toBe(groups);
  });

  it('needs at least one move or placement', () => {
    expect(core.fail('suggest:applyRepair', {}).code).toBe('invalid_input');
  });
});
