import AxeBuilder from '@axe-core/playwright';
import { format } from 'date-fns';
import { reloadApp } from './harness/app';
import { expect, test } from './harness/fixtures';
import { openScreen } from './harness/screens';
import { barOf, buildWorld, openPlannerOn, teamLabel, teamRow } from './planner-steps';

// The planner grid read as a calendar, on the small demo: bars sit under their weeks, group headers count
// capacity like the database does, the waiting list filters like a query would, and choices survive a reload.

const SHOTS = '/tmp/shots-planner';
const today = () => format(new Date(), 'yyyy-MM-dd');

test('bars line up with the weeks of their assignment', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'planner');
  const grid = screen.getByTestId('planner-grid');
  const bars = grid.getByTestId('plan-bar');
  await expect(bars.first()).toBeVisible();
  const count = Math.min(10, await bars.count());
  expect(count).toBeGreaterThan(0);
  const header = (week: string) => grid.locator(`[data-testid="week-header"][data-week="${week}"]`);
  for (let i = 0; i < count; i++) {
    const bar = bars.nth(i);
    const id = Number(await bar.getAttribute('data-assignment-id'));
    const row = workspace.db.prepare(`SELECT start_week AS s, end_week AS e FROM assignments WHERE id = ?`).get(id) as { s: string; e: string };
    await expect(bar).toHaveAttribute('data-start', row.s);
    const b = (await bar.boundingBox())!;
    const first = (await header(row.s).boundingBox())!;
    const last = (await header(row.e).boundingBox())!;
    // Bars keep a small inset from their week lines; a whole week off (>= 30 px) is what a user would notice.
    expect(Math.abs(b.x - first.x), `${id}: left edge`).toBeLessThan(6);
    expect(Math.abs(b.x + b.width - (last.x + last.width)), `${id}: right edge`).toBeLessThan(6);
  }
  // The terms running today are shown; the numbers above the grid are the database's.
  const running = workspace.db.prepare(`SELECT id FROM terms WHERE archived_at IS NULL AND start_date <= ? AND end_date >= ?`)
    .pluck().all(today(), today()) as number[];
  const inList = running.join(',');
  const teams = workspace.count(`SELECT count(*) FROM teams tm JOIN cohorts c ON c.id = tm.cohort_id WHERE c.archived_at IS NULL AND c.term_id IN (${inList})`);
  const bars2 = workspace.count(`SELECT count(*) FROM assignments WHERE status <> 'cancelled' AND term_id IN (${inList})`);
  await expect(screen.getByTestId('term-picker')).toContainText(`${running.length} perioden`);
  await expect(screen.getByTestId('planner-summary')).toContainText(`${teams} teams`);
  await expect(screen.getByTestId('planner-summary')).toContainText(`${bars2} opdrachten`);
  // Today is marked in the header.
  await expect(grid.locator('[data-testid="week-header"].is-today')).toHaveCount(1);
});

test('group headers count teams with work and student-hours as the database does', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  workspace.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W10' }] });
  const screen = await openPlannerOn(page);
  // Available: teams × students × minutes a week × teaching weeks; asked: the offering's effort.
  const teaching = workspace.count(`SELECT count(*) FROM term_weeks WHERE term_id = ? AND kind = 'teaching'`, w.termId);
  const available = (2 * 4 * 600 * teaching) / 60;
  const asked = workspace.count(`SELECT o.effort_minutes FROM requests r JOIN offerings o ON o.id = r.offering_id WHERE r.id = ?`, w.requests.bakery) / 60;
  const groups = screen.getByTestId('group-row');
  await expect(groups).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await expect(groups.nth(i).getByTestId('group-capacity')).toContainText('1/2 teams');
    await expect(groups.nth(i).getByTestId('group-capacity')).toContainText(`${asked} / ${available} u`);
  }
  await expect(groups.nth(2)).toContainText('Proefperiode');
  await expect(groups.nth(2)).toContainText('2 teams × 4 studenten · 10 u per student per week');

  // Folding the programme hides its teams; unfolding shows them again.
  await groups.nth(1).getByRole('button', { name: 'Webdeveloper Proefstad inklappen' }).click();
  await expect(screen.getByTestId('team-row')).toHaveCount(0);
  await expect(groups.nth(1).getByRole('button', { name: 'Webdeveloper Proefstad uitklappen' })).toHaveAttribute('aria-expanded', 'false');
  await groups.nth(1).getByRole('button', { name: 'Webdeveloper Proefstad uitklappen' }).click();
  await expect(screen.getByTestId('team-row')).toHaveCount(2);
});

test('terms, grouping, zoom and folded groups are remembered after a reload', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const [id] = workspace.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W10' }] }).ids as [number];
  const screen = await openPlannerOn(page);
  await screen.getByLabel('Groeperen').selectOption({ label: 'Geen groepen' });
  await expect(screen.getByTestId('group-row')).toHaveCount(0);
  await expect(teamLabel(screen, w.team1)).toHaveText(/Team Noord \(Webdeveloper Proefstad\)/);
  await screen.getByRole('button', { name: 'Breed' }).click();
  await expect(screen.getByRole('button', { name: 'Breed' })).toHaveAttribute('aria-pressed', 'true');
  const wide = (await barOf(screen, id).boundingBox())!.width;

  await reloadApp(page);
  const again = await openScreen(page, 'planner');
  await expect(again.getByTestId('term-picker')).toContainText('1 periode');
  await expect(again.getByTestId('group-row')).toHaveCount(0);
  await expect(again.getByRole('button', { name: 'Breed' })).toHaveAttribute('aria-pressed', 'true');
  await expect(teamRow(again, w.team1)).toBeVisible();
  expect((await barOf(again, id).boundingBox())!.width).toBeCloseTo(wide, 0);

  await again.getByLabel('Groeperen').selectOption({ label: 'School › opleiding › periode' });
  await again.getByRole('button', { name: 'ROC Proefstad inklappen' }).click();
  await reloadApp(page);
  const third = await openScreen(page, 'planner');
  await expect(third.getByRole('button', { name: 'ROC Proefstad uitklappen' })).toBeVisible();
  await expect(third.getByTestId('team-row')).toHaveCount(0);
});

test('the waiting list searches, filters and counts like the database', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'planner');
  const waiting = `SELECT r.id FROM requests r WHERE r.archived_at IS NULL AND r.status = 'ready_for_matching'
    AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.request_id = r.id AND a.status <> 'cancelled')`;
  const total = workspace.count(`SELECT count(*) FROM (${waiting})`);
  const count = screen.getByTestId('unplanned-count');
  await expect(count).toHaveText(`${total} van ${total} wachtend`);
  await expect(screen.getByRole('tab', { name: `Wachtend (${total})` })).toBeVisible();

  await screen.getByRole('button', { name: 'Filters' }).click();
  const filters = screen.getByTestId('unplanned-filters');
  await filters.getByLabel('Niveau').selectOption({ label: 'master' });
  const master = workspace.count(`SELECT count(*) FROM (${waiting}) w JOIN requests r ON r.id = w.id
    JOIN offering_levels l ON l.offering_id = r.offering_id WHERE l.level = 'master'`);
  await expect(count).toHaveText(`${master} van ${total} wachtend`);
  await filters.getByLabel('Prioriteit').selectOption({ label: 'hoog' });
  const masterHigh = workspace.count(`SELECT count(*) FROM (${waiting}) w JOIN requests r ON r.id = w.id
    JOIN offering_levels l ON l.offering_id = r.offering_id WHERE l.level = 'master' AND r.priority = 'high'`);
  await expect(count).toHaveText(`${masterHigh} van ${total} wachtend`);
  await expect(screen.getByRole('button', { name: 'Filters, 2 actief' })).toHaveAttribute('aria-expanded', 'true');
  await filters.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(count).toHaveText(`${total} van ${total} wachtend`);

  const name = workspace.db.prepare(`SELECT s.name FROM (${waiting}) w JOIN requests r ON r.id = w.id JOIN smes s ON s.id = r.sme_id LIMIT 1`)
    .pluck().get() as string;
  await screen.getByTestId('unplanned-search').fill(name);
  await expect(screen.getByTestId('unplanned-card').first()).toContainText(name);
});

test('screenshots of the planner at 1440×900', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  workspace.call('planner:assign', { items: [
    { requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W07' },
    { requestId: w.requests.bikes, teamId: w.team2, startWeek: '2027-W11' },
  ] });
  const screen = await openScreen(page, 'planner');
  await expect(screen.getByTestId('plan-bar').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/planner-today.png` });
  await screen.getByRole('tab', { name: /Signalen/ }).click();
  await page.screenshot({ path: `${SHOTS}/planner-conflicts.png` });
  await screen.getByRole('tab', { name: /Wachtend/ }).click();
  await screen.getByRole('button', { name: 'Filters' }).click();
  await screen.getByTestId('term-picker').click();
  await page.screenshot({ path: `${SHOTS}/planner-terms.png` });
  await screen.getByTestId('term-picker-panel').getByRole('checkbox', { name: 'Hele schooljaar' }).check();
  await screen.getByTestId('term-picker-panel').getByRole('button', { name: 'Klaar' }).click();
  await screen.getByRole('button', { name: 'Smal' }).click();
  await screen.getByRole('button', { name: 'Alle groepen inklappen' }).click();
  await page.screenshot({ path: `${SHOTS}/planner-year-collapsed.png` });
  await screen.getByRole('button', { name: 'Alle groepen uitklappen' }).click();
  await page.screenshot({ path: `${SHOTS}/planner-year.png` });
  await openPlannerOn(page);
  await page.screenshot({ path: `${SHOTS}/planner-own-term.png` });
});

test('has no serious accessibility violations with its menus, panels and pickers open', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const [id] = workspace.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W07' }] }).ids as [number];
  const screen = await openPlannerOn(page);
  const serious = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze())
    .violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await screen.getByTestId('term-picker').click();
  expect(await serious(), 'term picker').toEqual([]);
  await screen.getByTestId('term-picker-panel').getByRole('button', { name: 'Klaar' }).click();
  await screen.getByRole('button', { name: 'Filters' }).click();
  await screen.getByRole('tab', { name: /Signalen/ }).click();
  expect(await serious(), 'conflicts and filters').toEqual([]);
  await barOf(screen, id).click({ button: 'right' });
  expect(await serious(), 'bar menu').toEqual([]);
  await page.keyboard.press('Escape');
  await barOf(screen, id).focus();
  await expect(page.getByTestId('bar-tooltip')).toBeVisible();
  expect(await serious(), 'bar details on focus').toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('assignment-panel')).toBeVisible();
  expect(await serious(), 'details panel').toEqual([]);
});
