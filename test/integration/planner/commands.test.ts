import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';
import { buildWorld } from './world';

let core: Core;
let w: ReturnType<typeof buildWorld>;
beforeEach(() => {
  core = openCore();
  w = buildWorld(core);
});
afterEach(() => core.close());

const assignments = () => core.db().prepare(`SELECT request_id AS requestId, team_id AS teamId, start_week AS startWeek,
  end_week AS endWeek, status FROM assignments ORDER BY id`).all();
const statusOf = (requestId: number) => core.db().prepare(`SELECT status FROM requests WHERE id = ?`).pluck().get(requestId);

describe('planner snapshot', () => {
  it('lists the teams of the term and the requests waiting for one', () => {
    const data = core.call('planner:data', { termIds: [w.termId] });
    expect(data.teams.map((t) => t.id)).toEqual([w.team1, w.team2]);
    expect(data.unplannedIds.sort()).toEqual(Object.values(w.requests).sort());
    expect(data.terms[0]!.weeks).toHaveLength(10);
    expect(data.cohorts[0]!.capacityMinutes).toBe(2 * 4 * 600 * 9); // 9 teaching weeks: one holiday week
  });
});

describe('assigning', () => {
  it('places a request for its offering’s duration, marks it matched, and reports soft warnings', () => {
    const res = core.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W41' }] });
    expect(assignments()).toEqual([{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W41', endWeek: '2026-W44', status: 'planned' }]);
    expect(statusOf(w.requests.bakery)).toBe('matched');
    expect(res.warnings.map((v) => v.rule)).toEqual(['holiday']);
    const data = core.call('planner:data', { termIds: [w.termId] });
    expect(data.unplannedIds).not.toContain(w.requests.bakery);
    expect(data.warnings[String(res.ids[0])]?.[0]).toMatchObject({ rule: 'holiday', params: { weeks: '2026-W43' } });
  });

  it.each([
    ['a team that is busy', () => ({ requestId: w.requests.bikes, teamId: w.team1, startWeek: '2026-W38' }), 'team_busy', /werkt in die weken al voor Bakkerij Bol/],
    ['a level the offering does not allow', () => ({ requestId: w.requests.data, teamId: w.team2, startWeek: '2026-W37' }), 'level', /niet voor niveau mbo-4/],
    ['weeks outside the term', () => ({ requestId: w.requests.bikes, teamId: w.team2, startWeek: '2026-W44' }), 'outside_term', /buiten de onderwijsperiode/],
  ])('refuses %s, says why in Dutch, and changes nothing', (_, item, rule, message) => {
    core.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W37' }] });
    const before = JSON.stringify(assignments());
    const err = core.fail('planner:assign', { items: [item()] });
    expect(err.code).toBe('plan_refused');
    expect(err.message).toMatch(message);
    expect((err.details as { rule: string }[])[0]!.rule).toBe(rule);
    expect(JSON.stringify(assignments())).toBe(before);
    expect(statusOf(w.requests.bikes)).toBe('ready_for_matching');
  });

  it('says the cohort is full when no team of it is free in those weeks', () => {
    core.call('planner:assign', { items: [
      { requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W37' },
      { requestId: w.requests.bikes, teamId: w.team2, startWeek: '2026-W38' },
    ] });
    const err = core.fail('planner:assign', { items: [{ requestId: w.requests.late, teamId: w.team1, startWeek: '2026-W38' }] });
    expect((err.details as { rule: string }[]).map((d) => d.rule)).toEqual(['team_busy', 'cohort_full']);
    expect((err.details as { message: string }[])[1]!.message).toBe('De capaciteit van Software Developer is op: alle 2 teams zijn in die weken bezet.');
  });

  it('assigns several requests in one action, all or nothing', () => {
    const err = core.fail('planner:assign', { items: [
      { requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W37' },
      { requestId: w.requests.bikes, teamId: w.team1, startWeek: '2026-W39' }, // overlaps the first one
    ] });
    expect(err.code).toBe('plan_refused');
    expect(assignments()).toEqual([]);
    core.call('planner:assign', { items: [
      { requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W37' },
      { requestId: w.requests.bikes, teamId: w.team2, startWeek: '2026-W37' },
    ] });
    expect(assignments()).toHaveLength(2);
    core.call('history:undo');
    expect(assignments()).toEqual([]);
    expect(statusOf(w.requests.bakery)).toBe('ready_for_matching');
  });

  it('warns when a request is placed outside the company’s preferred window', () => {
    const res = core.call('planner:assign', { items: [{ requestId: w.requests.late, teamId: w.team2, startWeek: '2026-W37' }] });
    expect(res.warnings.map((v) => v.rule)).toContain('window');
  });
});

describe('moving, resizing, unplanning', () => {
  it('moves a bar to another team and week keeping its length, and resizes it', () => {
    const [id] = core.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W37' }] }).ids;
    core.call('planner:move', { moves: [{ assignmentId: id!, teamId: w.team2, startWeek: '2026-W38' }] });
    expect(assignments()).toEqual([expect.objectContaining({ teamId: w.team2, startWeek: '2026-W38', endWeek: '2026-W41' })]);
    core.call('planner:move', { moves: [{ assignmentId: id!, teamId: w.team2, startWeek: '2026-W38', endWeek: '2026-W39' }] });
    expect(assignments()).toEqual([expect.objectContaining({ startWeek: '2026-W38', endWeek: '2026-W39' })]);
    core.call('history:undo');
    expect(assignments()).toEqual([expect.objectContaining({ startWeek: '2026-W38', endWeek: '2026-W41' })]);
  });

  it('swaps two bars in one multi-move, and refuses a multi-move that collides with itself', () => {
    const [a, b] = core.call('planner:assign', { items: [
      { requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W37' },
      { requestId: w.requests.bikes, teamId: w.team2, startWeek: '2026-W37' },
    ] }).ids as [number, number];
    core.call('planner:move', { moves: [
      { assignmentId: a, teamId: w.team2, startWeek: '2026-W37' },
      { assignmentId: b, teamId: w.team1, startWeek: '2026-W37' },
    ] });
    expect(assignments().map((x) => (x as { teamId: number }).teamId)).toEqual([w.team2, w.team1]);
    const before = JSON.stringify(assignments());
    const err = core.fail('planner:move', { moves: [
      { assignmentId: a, teamId: w.team1, startWeek: '2026-W38' },
      { assignmentId: b, teamId: w.team1, startWeek: '2026-W40' },
    ] });
    expect(err.code).toBe('plan_refused');
    expect(JSON.stringify(assignments())).toBe(before);
  });

  it('unplans a planned bar back to the waiting list', () => {
    const [id] = core.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W37' }] }).ids;
    core.call('planner:unplan', { assignmentIds: [id!] });
    expect(assignments()).toEqual([]);
    expect(statusOf(w.requests.bakery)).toBe('ready_for_matching');
    expect(core.call('planner:data', { termIds: [w.termId] }).unplannedIds).toContain(w.requests.bakery);
  });
});

describe('assignment life cycle', () => {
  it('runs, delivers and is evaluated, the request following each step', () => {
    const [id] = core.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W37' }] }).ids as [number];
    core.call('assignments:setStatus', { assignmentId: id, status: 'running' });
    expect(statusOf(w.requests.bakery)).toBe('running');
    expect(core.fail('planner:unplan', { assignmentIds: [id] }).code).toBe('assignment_status');
    core.call('assignments:setStatus', { assignmentId: id, status: 'delivered' });
    expect(core.fail('assignments:evaluate', { assignmentId: id, satisfaction: 11, wouldRecommend: 8, deliverableGiven: true }).code).toBe('invalid_input');
    core.call('assignments:evaluate', { assignmentId: id, satisfaction: 8, wouldRecommend: 9, deliverableGiven: true, nextSteps: 'Webshop uitbreiden' });
    expect(statusOf(w.requests.bakery)).toBe('evaluated');
    expect(core.db().prepare(`SELECT satisfaction, would_recommend FROM evaluations`).get()).toEqual({ satisfaction: 8, would_recommend: 9 });
  });

  it('cancels only with a reason, and the request waits for a team again', () => {
    const [id] = core.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W37' }] }).ids as [number];
    expect(core.fail('assignments:setStatus', { assignmentId: id, status: 'cancelled' }).code).toBe('reason_required');
    core.call('assignments:setStatus', { assignmentId: id, status: 'cancelled', reason: 'Bedrijf heeft geen tijd' });
    expect(statusOf(w.requests.bakery)).toBe('ready_for_matching');
    expect(core.call('planner:data', { termIds: [w.termId] }).unplannedIds).toContain(w.requests.bakery);
  });

  it('a team that drops out flags its work for re-planning and takes no new work', () => {
    core.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W37' }] });
    expect(core.call('teams:dropOut', { teamId: w.team1, droppedOut: true })).toMatchObject({ flagged: 1 });
    const data = core.call('planner:data', { termIds: [w.termId] });
    expect(data.assignments[0]!.needsReplan).toBe(true);
    expect(core.fail('planner:assign', { items: [{ requestId: w.requests.bikes, teamId: w.team1, startWeek: '2026-W41' }] }).message)
      .toMatch(/uitgevallen/);
  });
});
