import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkPlacement, indexSnapshot } from '../../../shared/domain/planning/placement';
import { generateDemo } from '../../../electron/core/demo';
import { openCore, type Core } from '../../helpers/coreHarness';

let core: Core;
beforeAll(() => {
  core = openCore();
  generateDemo(core.db(), { scale: 'small', today: '2026-11-27' });
});
afterAll(() => core.close());

it('every bar of the demo keeps the planner’s hard rules', () => {
  const termIds = core.call('terms:list').map((t) => t.id);
  const data = core.call('planner:data', { termIds });
  const idx = indexSnapshot(data);
  const broken = data.assignments
    .filter((a) => a.status === 'planned' || a.status === 'running')
    .map((a) => ({ a, v: checkPlacement(idx, { requestId: a.requestId, teamId: a.teamId, startWeek: a.startWeek, endWeek: a.endWeek }, new Set([a.id])).filter((x) => x.hard && x.rule !== 'team_dropped') }))
    .filter((x) => x.v.length > 0);
  expect(broken.map((b) => `${b.a.id}: ${b.v.map((v) => v.rule).join(',')}`)).toEqual([]);
  expect(data.unplannedIds.length).toBeGreaterThan(5);
});
