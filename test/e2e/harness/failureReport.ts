import type { Page } from '@playwright/test';

// CI keeps only its log, not the screenshot: when a test fails, this is what the page showed, in words, so a
// failure seen once can be understood without running it again.

interface PageState {
  url: string;
  focused: string;
  fields: string[];
  alerts: string[];
  counts: string[];
  main: string;
}

export async function describePage(page: Page, recent: readonly string[]): Promise<string> {
  if (page.isClosed()) return 'The page was closed.';
  let state: PageState;
  try {
    state = await page.evaluate(() => {
      const describe = (el: Element | null) => {
        if (!el || el === document.body) return '(nothing)';
        const id = el.getAttribute('data-testid');
        return `<${el.tagName.toLowerCase()}${id ? ` data-testid="${id}"` : ''}${el.id ? ` id="${el.id}"` : ''}> ${(el.textContent ?? '').trim().slice(0, 80)}`;
      };
      const texts = (selector: string) => [...document.querySelectorAll(selector)].map((el) => (el.textContent ?? '').trim()).filter(Boolean);
      return {
        url: location.href,
        focused: describe(document.activeElement),
        fields: [...document.querySelectorAll<HTMLInputElement>('input[data-testid], textarea[data-testid], select[data-testid]')]
          .map((el) => `${el.getAttribute('data-testid')}=${JSON.stringify(el.value)}`),
        alerts: texts('[role="alert"], [data-testid="toast"]'),
        counts: texts('[data-testid$="-count"]'),
        main: (document.querySelector('main')?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 1500),
      };
    });
  } catch (e) {
    return `The page could not be read: ${e instanceof Error ? e.message : String(e)}`;
  }
  return [
    `url: ${state.url}`,
    `focus: ${state.focused}`,
    `fields: ${state.fields.join(', ') || '(none)'}`,
    `alerts: ${state.alerts.join(' | ') || '(none)'}`,
    `counts: ${state.counts.join(' | ') || '(none)'}`,
    `screen: ${state.main}`,
    `last console lines:\n  ${recent.join('\n  ') || '(none)'}`,
  ].join('\n');
}
