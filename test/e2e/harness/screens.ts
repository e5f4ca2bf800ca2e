import { expect, type Locator, type Page } from '@playwright/test';

/** The app's screens with their navigation labels, as a user reads them. */
export const SCREENS = [
  { key: 'planner', nl: 'Planner', en: 'Planner' },
  { key: 'requests', nl: 'Aanvragen', en: 'Requests' },
  { key: 'smes', nl: 'MKB-bedrijven', en: 'SMEs' },
  { key: 'education', nl: 'Onderwijs', en: 'Education' },
  { key: 'catalogue', nl: 'Menukaart', en: 'Catalogue' },
  { key: 'events', nl: 'Evenementen', en: 'Events' },
  { key: 'hours', nl: 'Uren & kosten', en: 'Hours & costs' },
  { key: 'reports', nl: 'Rapportage', en: 'Reports' },
  { key: 'settings', nl: 'Instellingen', en: 'Settings' },
] as const;

export type ScreenSpec = (typeof SCREENS)[number];
export type ScreenKey = ScreenSpec['key'];

export function screenSpec(key: ScreenKey): ScreenSpec {
  return SCREENS.find((s) => s.key === key)!;
}

export function mainNav(page: Page, lang: 'nl' | 'en' = 'nl'): Locator {
  return page.getByRole('navigation', { name: lang === 'nl' ? 'Hoofdnavigatie' : 'Main navigation' });
}

/** Clicks the screen's link in the main navigation and waits until its first data is on screen. */
export async function openScreen(page: Page, key: ScreenKey, lang: 'nl' | 'en' = 'nl'): Promise<Locator> {
  const spec = screenSpec(key);
  await mainNav(page, lang).getByRole('link', { name: spec[lang], exact: true }).click();
  return screenLoaded(page, key);
}

/** The screen's main landmark, once it is no longer busy loading. */
export async function screenLoaded(page: Page, key: ScreenKey): Promise<Locator> {
  const screen = page.getByTestId(`screen-${key}`);
  await expect(screen).toBeVisible();
  await expect(screen).toHaveAttribute('aria-busy', 'false');
  return screen;
}

/** The "12 van 340" label of a data table, as the app formats it in Dutch. */
export function rowCountText(shown: number, total: number = shown): string {
  return `${shown.toLocaleString('nl-NL')} van ${total.toLocaleString('nl-NL')}`;
}

export function dataTable(scope: Page | Locator, id: string): Locator {
  return scope.getByTestId(`table-${id}`);
}

/** The cell of `row` under the column headed `header` (columns can be hidden, so look the position up). */
export async function cellUnder(table: Locator, row: Locator, header: string): Promise<Locator> {
  const headers = (await table.locator('thead tr').first().locator('th').allInnerTexts()).map((h) => h.trim());
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`No column "${header}" in ${headers.join(' | ')}`);
  return row.locator('td').nth(index);
}

/** "12,5 u": hours as the app shows minutes in Dutch. */
export function hoursText(minutes: number): string {
  return `${(minutes / 60).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} u`;
}
