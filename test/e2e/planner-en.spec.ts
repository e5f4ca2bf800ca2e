import { expect, test } from './harness/fixtures';
import { openScreen } from './harness/screens';
import { buildWorld } from './planner-steps';

// The planner in English: every text comes from the English locale, and the rules explain themselves in English.

test('the planner speaks English when the app does', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  workspace.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W07' }] });
  const settings = await openScreen(page, 'settings');
  await settings.getByRole('radio', { name: 'English' }).check();
  const screen = await openScreen(page, 'planner', 'en');
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Planner');
  await expect(screen.getByTestId('planner-summary')).toContainText('assignments');
  await expect(screen.getByRole('tab', { name: /^Waiting \(\d+\)$/ })).toBeVisible();
  await screen.getByTestId('term-picker').click();
  await screen.getByTestId('term-picker-panel').getByRole('checkbox', { name: 'Whole school year' }).check();
  await screen.getByTestId('term-picker-panel').getByRole('button', { name: 'Done' }).click();
  await screen.getByRole('tab', { name: /^Issues/ }).click();
  const mine = screen.getByTestId('conflict').filter({ hasText: 'Bakkerij Proefbrood' });
  await expect(mine).toContainText('Runs through holiday or free weeks: wk 8, wk 9.');
  await page.screenshot({ path: '/tmp/shots-planner/planner-en.png' });
});
