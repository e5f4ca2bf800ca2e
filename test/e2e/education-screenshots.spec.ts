import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { dataTable } from './harness/screens';
import { HOLIDAY_FILE, openTab, panel, shot } from './education-steps';

// Every tab and side panel of Onderwijs on the demo data: pictures for people to look at (not compared), and
// no serious accessibility problems inside an open panel.

async function panelViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

test('schools and programmes: tabs and panels', async ({ page }) => {
  const screen = await openTab(page, 'Scholen');
  await shot(page, 'demo-tab-schools');
  await screen.getByRole('button', { name: '+ School toevoegen' }).click();
  await expect(panel(page, 'School toevoegen')).toBeVisible();
  expect(await panelViolations(page)).toEqual([]);
  await shot(page, 'demo-school-new');
  await panel(page, 'School toevoegen').getByRole('button', { name: 'Annuleren' }).click();
  await dataTable(screen, 'schools').getByRole('button', { name: /^Bewerken: / }).first().click();
  await expect(panel(page, 'School bewerken')).toBeVisible();
  await shot(page, 'demo-school-edit');
  await page.keyboard.press('Escape');
  await expect(panel(page, 'School bewerken')).toBeHidden();

  await screen.getByRole('tab', { name: 'Opleidingen' }).click();
  await shot(page, 'demo-tab-programmes');
  await dataTable(screen, 'programmes').getByRole('button', { name: /^Bewerken: / }).first().click();
  await expect(panel(page, 'Opleiding bewerken')).toBeVisible();
  expect(await panelViolations(page)).toEqual([]);
  await shot(page, 'demo-programme-edit');
});

test('terms: tab, week strip, week panel, holiday import and school-year copy', async ({ page }) => {
  const screen = await openTab(page, 'Perioden');
  await dataTable(screen, 'terms').getByTestId('table-row').first().click();
  await expect(screen.getByTestId('week-strip')).toBeVisible();
  await screen.getByLabel('Schoolvakanties importeren').setInputFiles(HOLIDAY_FILE);
  await expect(screen.getByTestId('holiday-import-result')).toBeVisible();
  await shot(page, 'demo-tab-terms');
  await screen.getByTestId('holidays').scrollIntoViewIfNeeded();
  await shot(page, 'demo-holidays');

  await screen.getByTestId('week-strip').getByRole('button').nth(3).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await panelViolations(page)).toEqual([]);
  await shot(page, 'demo-week-panel');
  await page.keyboard.press('Escape');

  await dataTable(screen, 'terms').getByRole('button', { name: /^Bewerken: / }).first().click();
  await expect(panel(page, 'Periode bewerken')).toBeVisible();
  expect(await panelViolations(page)).toEqual([]);
  await shot(page, 'demo-term-edit');
  await page.keyboard.press('Escape');

  await screen.getByRole('button', { name: 'Schooljaar kopiëren' }).click();
  const rollover = panel(page, 'Schooljaar kopiëren');
  await expect(rollover.getByTestId('rollover-preview')).toBeVisible();
  expect(await panelViolations(page)).toEqual([]);
  await shot(page, 'demo-rollover');
});

test('capacity: chart, totals, cohort panel and team names', async ({ page }) => {
  const screen = await openTab(page, 'Capaciteit');
  await expect(screen.getByTestId('capacity-chart-teams').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await shot(page, 'demo-tab-capacity');
  const cohorts = dataTable(screen, 'cohorts');
  await cohorts.scrollIntoViewIfNeeded();
  await shot(page, 'demo-cohorts');
  await cohorts.getByRole('button', { name: /^Bewerken: / }).first().click();
  await expect(panel(page, 'Capaciteit bewerken')).toBeVisible();
  expect(await panelViolations(page)).toEqual([]);
  await shot(page, 'demo-cohort-edit');
  await page.keyboard.press('Escape');
  await cohorts.getByRole('button', { name: /^Teams benoemen: / }).first().click();
  await expect(panel(page, 'Teamnamen').getByLabel('Team 1')).toBeVisible();
  expect(await panelViolations(page)).toEqual([]);
  await shot(page, 'demo-team-names');
});
