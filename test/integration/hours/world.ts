import type { Core } from '../../helpers/coreHarness';

/** Two people, two funders with 2026 budgets: Anna's cost is all RVO's; Bram has no shares, so budgets split him. */
export function hoursWorld(core: Core) {
  const anna = core.call('staff:create', { name: 'Anna de Vries', role: 'coördinator', employer: 'Stichting', contractMinutesPerWeek: 32 * 60, hourlyRateCents: 6000, effectiveFrom: '2025-01-01' }).id;
  const bram = core.call('staff:create', { name: 'Bram Jansen', role: 'docent-coach', employer: null, contractMinutesPerWeek: 16 * 60, hourlyRateCents: 4575, effectiveFrom: '2025-01-01' }).id;
  core.call('staff:setRate', { staffId: anna, from: '2026-01-01', to: null, hourlyRateCents: 6333 });
  const rvo = core.call('funders:save', { name: 'RVO', kind: 'rvo_subsidy' }).id;
  const gemeente = core.call('funders:save', { name: 'Gemeente Rivierstad', kind: 'municipality' }).id;
  core.call('budgets:save', { funderId: rvo, name: 'Subsidie 2026', periodStart: '2026-01-01', periodEnd: '2026-12-31', amountCents: 5_000_000, cofinancingBp: 7500 });
  core.call('budgets:save', { funderId: gemeente, name: 'Cofinanciering 2026', periodStart: '2026-01-01', periodEnd: '2026-12-31', amountCents: 1_000_000, cofinancingBp: 2500 });
  core.call('staff:setShares', { staffId: anna, shares: [{ funderId: rvo, bp: 10000 }] });
  return { anna, bram, rvo, gemeente };
}

const week = (mon: number, tue = 0, wed = 0, thu = 0, fri = 0) => [mon, tue, wed, thu, fri, 0, 0];

/** Fills three weeks (January, February, March 2026) with odd minutes so rounding matters. */
export function fillWeeks(core: Core, anna: number, bram: number) {
  for (const weekStart of ['2026-01-12', '2026-02-16', '2026-03-09']) {
    core.call('timesheet:save', { staffId: anna, weekStart, lines: [
      { activity: 'intake', minutes: week(95, 0, 37), note: 'intake bakkerij' },
      { activity: 'admin', minutes: week(0, 61, 0, 125) },
    ] });
    core.call('timesheet:save', { staffId: bram, weekStart, lines: [
      { activity: 'coaching', minutes: week(0, 0, 241, 0, 77) },
    ] });
  }
}
