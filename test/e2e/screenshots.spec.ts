import type { Page } from '@playwright/test';
import path from 'node:path';
import { REPO_ROOT, test } from './harness/fixtures';
import { openScreen, SCREENS } from './harness/screens';

// Full-page pictures of every screen with the demo data, for people to look at (not compared against anything).
const DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');

/**
 * The app shell scrolls inside its content column, so the document itself is only one window high and a
 * "full page" shot would cut the screen off. Make the window as tall as the content instead.
 */
async function fitWindowToContent(page: Page): Promise<void> {
  const hidden = await page.evaluate(() => {
    let extra = 0;
    for (let el = document.getElementById('main'); el; el = el.parentElement) {
      const overflow = getComputedStyle(el).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight) {
        extra += el.scrollHeight - el.clientHeight;
      }
    }
    return extra;
  });
  const size = page.viewportSize();
  if (size && hidden > 0) await page.setViewportSize({ width: size.width, height: size.height + hidden });
}

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
