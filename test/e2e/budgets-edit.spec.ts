import { format } from 'date-fns';
import { expect, test } from './harness/fixtures';
import { openScreen } from './harness/screens';

// A funder's budget is edited and deleted in Financiers; the burn table and chart of the dashboard follow, the
// database says so, and one Ctrl+Z brings a deleted budget back.

const SHOTS = process.env.WP_SHOTS_DIR ?? '/tmp/shots-h6';
const euro = (cents: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100);

test('a budget is edited and deleted, and the burn chart and figures change with it', async ({ page, workspace }) => {
  const today = format(new Date(), 'yyyy-MM-dd');
  const budget = workspace.db.prepare(`SELECT b.id, b.name, f.name AS funder, b.amount_cents AS amount FROM budgets b JOIN funders f ON f.id = b.funder_id
    WHERE f.kind = 'province' AND b.period_start <= ? AND b.period_end >= ? ORDER BY b.id LIMIT 1`).get(today, today) as
    { id: number; name: string; funder: string; amount: number };
  const amountOf = () => workspace.db.prepare(`SELECT amount_cents FROM budgets WHERE id = ?`).pluck().get(budget.id);
  const newAmount = budget.amount + 12_345_600;

  const screen = await openScreen(page, 'hours');
  await screen.getByRole('tab', { name: 'Financiers' }).click();
  const budgets = screen.getByTestId('budgets');
  await budgets.getByRole('button', { name: `${budget.name} van ${budget.funder} bewerken` }).click();
  const form = page.getByRole('dialog', { name: 'Begroting bewerken' });
  await expect(form.getByRole('textbox', { name: 'Begroting', exact: true })).toHaveValue(budget.name);
  await form.getByLabel('Budget (€)').fill(String(newAmount / 100));
  await page.screenshot({ path: `${SHOTS}/budget-edit.png` });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
  await expect.poll(amountOf).toBe(newAmount);
  const line = budgets.getByRole('row').filter({ hasText: budget.funder }).filter({ hasText: budget.name });
  await expect(line).toContainText(euro(newAmount));

  // The dashboard's burn table shows the new amount; the chart has a bar group for the budget.
  await screen.getByRole('tab', { name: 'Dashboard' }).click();
  const burn = screen.getByTestId('burn');
  const burnLine = burn.getByTestId('burn-table').getByRole('row').filter({ hasText: budget.funder }).filter({ hasText: budget.name });
  await expect(burnLine).toContainText(euro(newAmount));
  // One bar group (a y-axis tick) per budget row in the table beside the chart.
  const ticks = burn.locator('.recharts-yAxis .recharts-cartesian-axis-tick');
  const budgetsShown = await burn.getByTestId('burn-table').locator('tbody tr').count();
  await expect(ticks).toHaveCount(budgetsShown);

  await screen.getByRole('tab', { name: 'Financiers' }).click();
  await budgets.getByRole('button', { name: `${budget.name} van ${budget.funder} verwijderen` }).click();
  const confirm = page.getByRole('dialog', { name: 'Begroting verwijderen?' });
  await expect(confirm).toContainText(`„${budget.name}” van ${budget.funder}`);
  await page.screenshot({ path: `${SHOTS}/budget-delete.png` });
  await confirm.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('toast').last()).toContainText(`Begroting „${budget.name}” is verwijderd.`);
  expect(workspace.count(`SELECT count(*) FROM budgets WHERE id = ?`, budget.id)).toBe(0);
  await expect(line).toHaveCount(0);
  await screen.getByRole('tab', { name: 'Dashboard' }).click();
  await expect(burn.getByTestId('burn-table')).toBeVisible();
  await expect(burnLine).toHaveCount(0);
  await expect(ticks).toHaveCount(budgetsShown - 1);

  // One undo step brings it back, amount and all.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('toast').last()).toContainText('Ongedaan gemaakt: begroting verwijderen');
  await expect.poll(amountOf).toBe(newAmount);
  await expect(burnLine).toContainText(euro(newAmount));
});
