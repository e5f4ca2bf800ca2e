import type { Page } from '@playwright/test';
import path from 'node:path';
import { REPO_ROOT, test } from './harness/fixtures';
import { fitWindowToContent } from './harness/fullShot';
import { openScreen, SCREENS } from './harness/screens';

// Full-page pictures of every screen with the demo data, for people to look at (not compared against anything).
const DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');

const settled = (page: Page) =>
  page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));

for (const { key, nl } of SCREENS) {
  test(`screenshot of ${nl}`, async ({ page }) => {
    await openScreen(page, key);
    await settled(page);
    await fitWindowToContent(page);
    await settled(page);
    await page.screenshot({ path: path.join(DIR, `${key}.png`), fullPage: true, animations: 'disabled' });
  });
}
