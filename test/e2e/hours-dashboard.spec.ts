import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness/fixtures';
import { hoursText, openScreen } from './harness/screens';

// The dashboard's tables agree with the database for a chosen period; a retroactive rate change shows its cost
// difference before it is saved; every tab of the screen passes axe.

const SHOTS = process.env.WP_SHOTS_DIR ?? '/tmp/shots-hours';
const euro = (cents: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(cents / 100);

async function serious(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

test('the dashboard per month matches the database for the chosen period', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'hours');
  await screen.getByRole('tab', { name: 'Dashboard' }).click();
  await screen.getByLabel('Van', { exact: true }).fill('2026-01-01');
  await screen.getByLabel('Tot en met', { exact: true }).fill('2026-06-30');
  const table = screen.getByTestId('monthly-table');
  await expect(table.locator('tbody tr')).toHaveCount(6);
  for (const [i, month] of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'].entries()) {
    const minutes = workspace.count(`SELECT coalesce(sum(minutes), 0) FROM time_entries WHERE substr(entry_date, 1, 7) = ?`, month);
    await expect(table.locator('tbody tr').nth(i).locator('td').nth(7), month).toHaveText(hoursText(minutes));
  }
  const d = workspace.call('costs:dashboard', { from: '2026-01-01', to: '2026-06-30' });
  await expect(table.locator('tfoot')).toContainText(euro(d.totals.costCents));
  await expect(screen.getByTestId('funder-table').locator('tfoot')).toContainText(euro(d.totals.costCents));
  await expect(screen.getByTestId('people-table').locator('tfoot')).toContainText(euro(d.totals.costCents));
  await expect(screen.getByTestId('burn-table').locator('tbody tr')).toHaveCount(d.burn.length);
});

test('a retroactive rate change previews its cost difference, then changes only that period', async ({ page, workspace }) => {
  const person = workspace.db.prepare(`SELECT id, name FROM staff ORDER BY name LIMIT 1`).get() as { id: number; name: string };
  // The demo closes past months; reopen February so its rate may change.
  if (workspace.count(`SELECT count(*) FROM locked_months WHERE month = '2026-02'`)) workspace.call('months:unlock', { month: '2026-02' });
  const change = { staffId: person.id, from: '2026-02-01', to: '2026-02-28', hourlyRateCents: 9999 };
  const expected = workspace.call('staff:ratePreview', change);
  expect(expected.entries).toBeGreaterThan(0);

  const screen = await openScreen(page, 'hours');
  await screen.getByRole('tab', { name: 'Team & tarieven' }).click();
  await screen.getByRole('button', { name: person.name, exact: true }).click();
  const rates = screen.getByTestId('rates');
  await rates.getByLabel('Vanaf').fill('2026-02-01');
  await rates.getByLabel(/^Tot en met/).fill('2026-02-28');
  await rates.getByLabel('Nieuw uurtarief (€)').fill('99,99');
  await rates.getByRole('button', { name: 'Bekijk effect' }).click();
  await expect(rates.getByTestId('rate-preview')).toContainText(`verschil ${euro(expected.diffCents)}`);
  expect(workspace.count(`SELECT count(*) FROM staff_rates WHERE staff_id = ? AND hourly_rate_cents = 9999`, person.id)).toBe(0);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'rates-preview.png') });
  await rates.getByRole('button', { name: 'Tarief opslaan' }).click();
  await expect(rates.getByRole('status')).toContainText(`kosten aangepast met ${euro(expected.diffCents)}`);
  await expect(rates.getByRole('row', { name: /1 feb 2026/ })).toContainText('€ 99,99');
  expect(workspace.count(`SELECT count(*) FROM staff_rates WHERE staff_id = ? AND hourly_rate_cents = 9999`, person.id)).toBe(1);

  // The person's cost split over funders: all to the national subsidy.
  const funders = workspace.db.prepare(`SELECT id, name FROM funders WHERE archived_at IS NULL`).all() as { id: number; name: string }[];
  for (const f of funders) await rates.getByLabel(`${f.name} (%)`).fill('');
  const rvo = funders.find((f) => f.name.startsWith('RVO'))!;
  await rates.getByLabel(`${rvo.name} (%)`).fill('100');
  await expect(rates.getByText('Samen 100%.')).toBeVisible();
  await rates.getByRole('button', { name: 'Verdeling opslaan' }).click();
  await expect(rates.getByRole('status').filter({ hasText: 'Verdeling opgeslagen.' })).toBeVisible();
  expect(workspace.db.prepare(`SELECT funder_id AS f, share_bp AS bp FROM staff_funder_shares WHERE staff_id = ?`).all(person.id)).toEqual([{ f: rvo.id, bp: 10000 }]);
  await page.screenshot({ path: path.join(SHOTS, 'rates-shares.png'), fullPage: true });
});

test('every tab of Uren & kosten has no serious accessibility violations', async ({ page }) => {
  const screen = await openScreen(page, 'hours');
  for (const [tab, key] of [['Urenstaat', 'timesheet'], ['Dashboard', 'dashboard'], ['Importeren', 'import'], ['Team & tarieven', 'staff'], ['Financiers', 'funders']] as const) {
    await screen.getByRole('tab', { name: tab }).click();
    await expect(screen.getByTestId(`tab-${key}`)).toBeVisible();
    await expect(screen.getByTestId(`tab-${key}`).locator('section.card').first()).toBeVisible();
    expect(await serious(page), tab).toEqual([]);
  }
});

test('hours linked to a request are saved with the link, and a new budget appears in the burn table', async ({ page, workspace }) => {
  const person = workspace.db.prepare(`SELECT id FROM staff ORDER BY name LIMIT 1`).get() as { id: number };
  const request = workspace.db.prepare(`SELECT r.id, s.name FROM requests r JOIN smes s ON s.id = r.sme_id
    WHERE r.status = 'running' ORDER BY r.id LIMIT 1`).get() as { id: number; name: string };
  const screen = await openScreen(page, 'hours');
  await screen.getByLabel('Medewerker', { exact: true }).selectOption(String(person.id));
  await screen.getByRole('button', { name: 'Volgende week' }).click();
  await screen.getByRole('combobox', { name: 'Gekoppeld aan' }).fill(request.name);
  await screen.getByRole('option').filter({ hasText: request.name }).filter({ hasText: 'Aanvraag' }).first().click();
  await screen.getByLabel('Activiteit', { exact: true }).selectOption({ label: 'Begeleiding' });
  await screen.getByRole('button', { name: 'Regel toevoegen' }).click();
  const cell = screen.getByRole('textbox', { name: new RegExp(`^Begeleiding \\(${request.name}.*\\), dinsdag`) });
  await cell.fill('3');
  await cell.press('Control+s');
  await expect(screen.getByTestId('sheet-notice')).toHaveText('Opgeslagen.');
  expect(workspace.count(`SELECT count(*) FROM time_entries WHERE staff_id = ? AND request_id = ? AND minutes = 180 AND activity = 'coaching'`, person.id, request.id)).toBe(1);
  await page.screenshot({ path: path.join(SHOTS, 'timesheet-linked.png') });

  await screen.getByRole('tab', { name: 'Financiers' }).click();
  await screen.getByRole('button', { name: '+ Begroting' }).click();
  const form = page.getByRole('dialog', { name: 'Nieuwe begroting' });
  await form.getByRole('textbox', { name: 'Begroting', exact: true }).fill('Extra bijdrage 2026');
  await form.getByLabel('Budget (€)').fill('25000');
  await form.getByLabel('Cofinanciering (%)').fill('10');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
  expect(workspace.count(`SELECT count(*) FROM budgets WHERE name = 'Extra bijdrage 2026' AND amount_cents = 2500000 AND cofinancing_bp = 1000`)).toBe(1);
  await screen.getByRole('tab', { name: 'Dashboard' }).click();
  await expect(screen.getByTestId('burn-table')).toContainText('Extra bijdrage 2026');
});
