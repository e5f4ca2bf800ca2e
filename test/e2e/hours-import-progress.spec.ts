import { expect, test } from './harness/fixtures';
import { openScreen } from './harness/screens';

// A large tracker export: reading it and importing it show a progress bar with Cancel, and every row arrives.

const ROWS = 60_000;

function bigCsv(person: string): Buffer {
  const lines = ['User;Date;Task;Duration;Description'];
  for (let i = 0; i < ROWS; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(`${person};${day}-0${1 + (i % 6)}-2027;${i % 2 ? 'Intake' : 'Administratie'};0,5;regel ${i}`);
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

test('a large import shows its progress while reading and writing, with Cancel, and imports every row', async ({ page, workspace }) => {
  const person = workspace.db.prepare(`SELECT name FROM staff WHERE archived_at IS NULL ORDER BY name LIMIT 1`).pluck().get() as string;
  const before = workspace.count(`SELECT count(*) FROM time_entries`);
  const screen = await openScreen(page, 'hours');
  await screen.getByRole('tab', { name: 'Importeren' }).click();
  const card = screen.getByTestId('import');
  // Either stage can finish within a frame on a fast machine, so the page records every progress bar it draws
  // instead of the test racing to see it (what Cancel does is tested on the core, where it can be timed exactly).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-testid="progress"]')) {
        const label = el.querySelector('.progress-label')?.textContent ?? '';
        const cancel = [...el.querySelectorAll('button')].some((b) => b.textContent === 'Annuleren');
        const figure = el.querySelector('[role="progressbar"]')?.hasAttribute('aria-valuenow') ? ' +cijfer' : '';
        seen.push(`${label}${cancel ? ' +annuleren' : ''}${figure}`);
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await card.getByLabel('CSV-bestand').setInputFiles({ name: 'kimai-groot.csv', mimeType: 'text/csv', buffer: bigCsv(person) });

  // Reading: a bar named after the file, with a figure once the core reports.
  await expect(card.getByTestId('import-summary')).toContainText(`${ROWS.toLocaleString('nl-NL')} van ${ROWS.toLocaleString('nl-NL')} regels in orde`);
  await expect(card.getByRole('progressbar')).toHaveCount(0);
  await expect(card.getByText(`De eerste 300 van ${ROWS.toLocaleString('nl-NL')} regels`)).toBeVisible();

  // Import: a bar of its own, with Cancel.
  await card.getByRole('button', { name: `${ROWS.toLocaleString('nl-NL')} regels importeren` }).click();
  await expect(card.getByRole('status').filter({ hasText: `${ROWS.toLocaleString('nl-NL')} regels geïmporteerd` })).toBeVisible({ timeout: 120_000 });
  const seen = await page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen);
  expect(seen).toContain('kimai-groot.csv controleren… +annuleren +cijfer');
  expect(seen).toContain(`${ROWS.toLocaleString('nl-NL')} regels importeren… +annuleren`);
  expect(workspace.count(`SELECT count(*) FROM time_entries`)).toBe(before + ROWS);
  expect(workspace.count(`SELECT count(*) FROM time_entries WHERE entry_date BETWEEN '2027-01-01' AND '2027-06-30'`)).toBe(ROWS);
});
