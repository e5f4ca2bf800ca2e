import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/core/ipc/router';
import { createHandlers } from '../../../electron/core/services/handlers';
import { generateDemo } from '../../../electron/core/demo';
import type { TaskProgress } from '../../../shared/schemas/files';
import type { ProposalOutput } from '../../../shared/schemas/suggest';
import { openCore, type Core } from '../../helpers/coreHarness';
import { buildWorld } from '../planner/world';

// suggest:run and suggest:accept as the planner screen calls them: the async solve reports progress and can be
// cancelled, accepting part of a proposal is one undo step, and a refused acceptance changes nothing.

let core: Core;
let w: ReturnType<typeof buildWorld>;
let progress: TaskProgress[];
let router: ReturnType<typeof createRouter>;
beforeEach(() => {
  core = openCore();
  w = buildWorld(core);
  progress = [];
  // A second router on the same workspace that hands its progress events to the test, as the app's window does.
  router = createRouter({ host: core.host, handlers: createHandlers(), actor: 'test', validateOutput: true, onProgress: (p) => progress.push(p) });
});
afterEach(() => core.close());

const rows = () => core.db().prepare(`SELECT request_id AS requestId, team_id AS teamId, start_week AS startWeek, status FROM assignments ORDER BY id`).all();
const changeGroups = () => core.count(`SELECT count(*) FROM action_groups`);

describe('suggest:run in the background', () => {
  it('reports progress to the page that started it and answers with the proposal', async () => {
    const res = await router.invokeAsync('suggest:run', { termIds: [w.termId], today: '2026-08-15', taskId: 'run-1' });
    expect(res.ok).toBe(true);
    const p = (res as { value: { suggestions: unknown[]; optimal: boolean; cancelled?: boolean } }).value;
    expect(p.suggestions).toHaveLength(3);
    expect(p.optimal).toBe(true);
    expect(p.cancelled).toBeUndefined();
    const mine = progress.filter((x) => x.taskId === 'run-1');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.at(-1)).toMatchObject({ done: mine.at(-1)!.total });
  });

  it('is the same proposal as the one-go solve (CLI)', async () => {
    const a = await core.callAsync('suggest:run', { termIds: [w.termId], today: '2026-08-15' });
    const { runSuggest } = await import('../../../electron/core/services/suggest/run');
    const b = runSuggest(core.db(), { termIds: [w.termId], today: '2026-08-15' }, 'nl');
    expect(a.suggestions).toEqual(b.suggestions);
    expect(a.objective).toBe(b.objective);
  });

  it('stops when cancelled and answers with the best plan found so far, not proven optimal; writes nothing', async () => {
    // The demo's busiest term, whose proof of optimality takes the search a long time.
    core.close();
    core = openCore();
    generateDemo(core.db(), { scale: 'small', today: '2026-11-27' });
    router = createRouter({ host: core.host, handlers: createHandlers(), actor: 'test', validateOutput: true });
    const schools = new Map(core.call('schools:list').map((x) => [x.id, x.name]));
    const term = core.call('terms:list').find((t) => t.name === 'Periode 2' && t.schoolYear === '2026-2027' && schools.get(t.schoolId) === 'Oostermond Hogeschool')!;
    const before = changeGroups();
    const assignments = core.count(`SELECT count(*) FROM assignments`);
    const pending = router.invokeAsync('suggest:run', { termIds: [term.id], today: '2026-11-27', taskId: 'run-2' });
    expect(router.invoke('tasks:cancel', { taskId: 'run-2' })).toEqual({ ok: true, value: { cancelled: true } });
    const res = await pending;
    expect(res.ok).toBe(true);
    const p = (res as { value: ProposalOutput }).value;
    // Honest either way: a search cut short says so and is not called optimal (its bound is above its objective);
    // only a plan proven before the stop took effect may be called optimal.
    if (p.cancelled) expect(p).toMatchObject({ optimal: false, bound: expect.any(Number) });
    if (p.cancelled) expect(p.bound).toBeGreaterThan(p.objective);
    else expect(p).toMatchObject({ optimal: true, bound: p.objective });
    expect(p.suggestions.length).toBeGreaterThan(0);
    expect(p.objective).toBeGreaterThanOrEqual(p.greedyObjective);
    // Still a plan the planner accepts as a whole.
    const data = core.call('planner:data', { termIds: [term.id] });
    expect(p.suggestions.every((s) => data.unplannedIds.includes(s.requestId))).toBe(true);
    expect(core.count(`SELECT count(*) FROM assignments`)).toBe(assignments);
    expect(changeGroups()).toBe(before);
    core.call('suggest:accept', { items: p.suggestions.map(({ requestId, teamId, startWeek }) => ({ requestId, teamId, startWeek })) });
    expect(core.count(`SELECT count(*) FROM assignments`)).toBe(assignments + p.suggestions.length);
  });

  it('refuses a bad task id before it starts', async () => {
    const e = await core.failAsync('suggest:run', { termIds: [w.termId], taskId: 'no spaces allowed' } as never);
    expect(e.code).toBe('invalid_input');
  });
});

describe('suggest:accept', () => {
  it('takes part of a proposal as one undo step; undo takes all of it back', async () => {
    const p = await core.callAsync('suggest:run', { termIds: [w.termId], today: '2026-08-15' });
    const part = p.suggestions.slice(0, 2);
    const before = changeGroups();
    core.call('suggest:accept', { items: part.map(({ requestId, teamId, startWeek }) => ({ requestId, teamId, startWeek })) });
    expect(rows()).toEqual(part.map((s) => ({ requestId: s.requestId, teamId: s.teamId, startWeek: s.startWeek, status: 'planned' })));
    expect(changeGroups()).toBe(before + 1);
    expect(core.call('history:state').undoLabel).toBe('suggest:accept');
    for (const s of part) expect(core.count(`SELECT count(*) FROM requests WHERE id = ? AND status = 'matched'`, s.requestId)).toBe(1);
    core.call('history:undo');
    expect(rows()).toEqual([]);
    for (const s of part) expect(core.count(`SELECT count(*) FROM requests WHERE id = ? AND status = 'ready_for_matching'`, s.requestId)).toBe(1);
  });

  it('refuses the whole acceptance when one suggestion no longer fits, and changes nothing', async () => {
    const p = await core.callAsync('suggest:run', { termIds: [w.termId], today: '2026-08-15' });
    const [first, second] = p.suggestions;
    // Meanwhile the coordinator put something by hand in the first suggestion's slot.
    const extra = core.call('smes:create', { name: 'Tussendoor', kvk: '99999999', fte: 2, postcode: '3511 AB', holidayRegion: 'midden' }).id;
    const hand = core.call('requests:create', { smeId: extra, offeringId: w.website, question: 'Snel', receivedOn: '2026-08-01' }).id;
    core.call('requests:setStatus', { requestId: hand, status: 'ready_for_matching' });
    core.call('planner:assign', { items: [{ requestId: hand, teamId: first!.teamId, startWeek: first!.startWeek }] });
    const before = JSON.stringify(rows());
    const groups = changeGroups();
    const e = core.fail('suggest:accept', { items: [first!, second!].map(({ requestId, teamId, startWeek }) => ({ requestId, teamId, startWeek })) });
    expect(e.code).toBe('plan_refused');
    expect(e.message).toMatch(/Tussendoor/);
    expect(JSON.stringify(rows())).toBe(before);
    expect(changeGroups()).toBe(groups);
  });
});
