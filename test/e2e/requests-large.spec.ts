import AxeBuilder from '@axe-core/playwright';
import { reloadApp } from './harness/app';
import { loadDemo } from './harness/demo';
import { expect, test } from './harness/fixtures';
import { openScreen } from './harness/screens';

// The board with the large demo (10× a werkplaats-year, 4,000+ requests): columns show their first cards with
// "toon meer" instead of thousands at once, filters narrow the board, and a drag still changes the database.
// Plus an accessibility scan of the board, its detail panel and the reason dialog on the small demo.

const SHOTS = '/tmp/shots-requests';

test.describe('large demo', () => {
  test.use({ startWith: 'empty' });

  test('the board shows the first cards per column, more on request, and still moves a card', async ({ page, workspace }) => {
    test.slow();
    (await loadDemo()).generateDemo(workspace.db, { scale: 'large' });
    await reloadApp(page);
    const total = workspace.count(`SELECT count(*) FROM requests WHERE archived_at IS NULL`);
    expect(total).toBeGreaterThan(4000);
    const inStatus = (s: string) => workspace.count(`SELECT count(*) FROM requests WHERE archived_at IS NULL AND status = ?`, s);

    const screen = await openScreen(page, 'requests');
    await screen.getByRole('button', { name: 'Bord' }).click();
    const board = screen.getByTestId('request-board');
    await expect(board.getByTestId('board-count')).toHaveText(`${total.toLocaleString('nl-NL')} van ${total.toLocaleString('nl-NL')} aanvragen`);
    const closed = board.getByTestId('column-closed');
    await expect(closed.getByTestId('column-count')).toHaveText(inStatus('closed').toLocaleString('nl-NL'));
    await expect(closed.getByTestId('request-card')).toHaveCount(25);
    // The ended column keeps its cards folded away until asked.
    await expect(board.getByTestId('column-rejected').getByTestId('request-card')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/board-large.png` });

    await closed.getByRole('button', { name: /Toon 25 meer in afgesloten/ }).click();
    await expect(closed.getByTestId('request-card')).toHaveCount(50);

    // A filter narrows every column and starts the columns from their first cards again.
    await board.getByLabel('Prioriteit', { exact: true }).selectOption({ label: 'hoog' });
    const high = workspace.count(`SELECT count(*) FROM requests WHERE archived_at IS NULL AND priority = 'high'`);
    await expect(board.getByTestId('board-count')).toHaveText(`${high.toLocaleString('nl-NL')} van ${total.toLocaleString('nl-NL')} aanvragen`);
    const highClosed = workspace.count(`SELECT count(*) FROM requests WHERE archived_at IS NULL AND priority = 'high' AND status = 'closed'`);
    await expect(closed.getByTestId('column-count')).toHaveText(highClosed.toLocaleString('nl-NL'));
    await expect(closed.getByTestId('request-card')).toHaveCount(Math.min(25, highClosed));

    // A real drag on the full board: the first card of nieuw to intake gepland.
    const card = board.getByTestId('column-new').getByTestId('request-card').first();
    const id = Number(await card.getAttribute('data-request-id'));
    const before = inStatus('intake_planned');
    await card.scrollIntoViewIfNeeded();
    const from = (await card.boundingBox())!;
    const to = (await board.getByTestId('column-intake_planned').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 15 });
    await expect(board.getByTestId('column-intake_planned')).toHaveClass(/is-over/);
    await page.mouse.up();
    await expect.poll(() => workspace.db.prepare(`SELECT status FROM requests WHERE id = ?`).pluck().get(id)).toBe('intake_planned');
    expect(inStatus('intake_planned')).toBe(before + 1);
    await expect(board.getByTestId('column-intake_planned').locator(`[data-request-id="${id}"]`)).toBeVisible();
  });
});

test('the board, the detail panel and the reason dialog have no serious accessibility violations', async ({ page }) => {
  const axe = async () => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  };
  const screen = await openScreen(page, 'requests');
  await screen.getByRole('button', { name: 'Bord' }).click();
  const board = screen.getByTestId('request-board');
  await expect(board.getByTestId('request-card').first()).toBeVisible();
  await board.getByTestId('column-rejected').getByRole('button', { name: /Toon alle/ }).click();
  await page.screenshot({ path: `${SHOTS}/board.png` });
  expect(await axe(), 'board').toEqual([]);

  await board.getByTestId('column-new').getByTestId('request-card').first().click();
  await expect(page.getByTestId('request-detail')).toBeVisible();
  expect(await axe(), 'detail panel').toEqual([]);
  await page.getByTestId('request-detail').getByRole('button', { name: 'Status wijzigen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Status wijzigen' });
  await dialog.getByLabel('Nieuwe status').selectOption({ label: 'ingetrokken' });
  await expect(dialog.getByRole('textbox', { name: 'Reden' })).toBeVisible();
  expect(await axe(), 'status dialog').toEqual([]);
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await page.getByTestId('request-detail').getByRole('button', { name: 'Bewerken' }).click();
  await expect(page.getByRole('dialog', { name: 'Aanvraag bewerken' })).toBeVisible();
  expect(await axe(), 'form').toEqual([]);
});
