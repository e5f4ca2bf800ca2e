import type { Page } from '@playwright/test';

/**
 * The app shell scrolls inside its content column, so the document itself is only one window high and a
 * "full page" shot would cut the screen off. Make the window as tall as the content instead; returns the size
 * it had, to put back.
 */
export async function fitWindowToContent(page: Page): Promise<{ width: number; height: number } | null> {
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
  return size;
}

/** A full-page picture of the current screen at `file`, the window back to its size afterwards. */
export async function fullShot(page: Page, file: string): Promise<void> {
  const size = await fitWindowToContent(page);
  await page.screenshot({ path: file, fullPage: true });
  if (size) await page.setViewportSize(size);
}
