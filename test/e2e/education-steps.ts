import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { REPO_ROOT } from './harness/fixtures';
import { openScreen } from './harness/screens';

// Steps shared by the education-*.spec.ts files: open a tab of Onderwijs, find a side panel, take a picture.

export const HOLIDAY_FILE = path.join(REPO_ROOT, 'test', 'fixtures', 'holidays', 'schoolvakanties-2026-2027.json');
export const SHOTS = process.env.WP_EDU_SHOTS ?? path.join(REPO_ROOT, 'test-results', 'screenshots', 'education');

export type EducationTab = 'Scholen' | 'Opleidingen' | 'Perioden' | 'Capaciteit';

/** Opens Onderwijs on one tab and waits until its data is on screen. */
export async function openTab(page: Page, tab: EducationTab): Promise<Locator> {
  const screen = await openScreen(page, 'education');
  await screen.getByRole('tab', { name: tab }).click();
  await expect(screen.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  await expect(screen).toHaveAttribute('aria-busy', 'false');
  return screen;
}

/** The open side panel (a modal dialog) with this title. */
export function panel(page: Page, title: string): Locator {
  return page.getByRole('dialog', { name: title });
}

/** A table row by the text it shows. */
export function row(table: Locator, text: string | RegExp): Locator {
  return table.getByTestId('table-row').filter({ hasText: text });
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled' });
}
