import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { openScreen, SCREENS } from './harness/screens';

// Serious and critical WCAG 2.1 A/AA violations fail the test; all violations are attached to the report.
const BLOCKING = new Set(['serious', 'critical']);

async function seriousViolations(page: Page, testInfo: TestInfo, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  await testInfo.attach(`axe-${name}.json`, { body: JSON.stringify(summary, null, 2), contentType: 'application/json' });
  return summary.filter((v) => BLOCKING.has(v.impact ?? ''));
}

for (const { key, nl } of SCREENS) {
  test(`${nl} has no serious accessibility violations`, async ({ page }, testInfo) => {
    await openScreen(page, key);
    expect(await seriousViolations(page, testInfo, key)).toEqual([]);
  });
}

test('the Onderwijs tabs have no serious accessibility violations', async ({ page }, testInfo) => {
  const screen = await openScreen(page, 'education');
  const tabs: [string, string][] = [['Opleidingen', 'programmes'], ['Perioden', 'terms'], ['Capaciteit', 'capacity']];
  for (const [tab, key] of tabs) {
    await screen.getByRole('tab', { name: tab }).click();
    await expect(screen.getByRole('tabpanel').and(screen.getByTestId(`tab-${key}`))).toBeVisible();
    await expect(screen).toHaveAttribute('aria-busy', 'false');
    expect(await seriousViolations(page, testInfo, tab), tab).toEqual([]);
  }
});

test('the start-empty confirmation has no serious accessibility violations', async ({ page }, testInfo) => {
  await page.getByRole('region', { name: 'Demo-gegevens' }).getByRole('button', { name: 'Leeg werkgebied starten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leeg werkgebied starten?' });
  await expect(dialog).toBeVisible();
  // The safe choice has the focus.
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  expect(await seriousViolations(page, testInfo, 'dialog')).toEqual([]);
});
