import type { Locator, Page } from '@playwright/test';
import { expect, test, type E2EWorkspace } from './harness/fixtures';
import { openScreen } from './harness/screens';

// The pipeline board on a real database: a request moves by a real mouse drag and by the keyboard, a drop on
// afgewezen asks for a reason, the detail panel shows what happened, and Ctrl+Z / Ctrl+Shift+Z take it back
// and forth. After every step the database itself is asked.

const SHOTS = '/tmp/shots-requests';

function newRequest(workspace: E2EWorkspace, name: string): number {
  let kvk = 98_765_432;
  while (workspace.count(`SELECT count(*) FROM smes WHERE kvk = ?`, String(kvk)) > 0) kvk--;
  const sme = workspace.call('smes:create', { name, kvk: String(kvk), fte: 6, postcode: '3511 AB', municipality: 'Utrecht' });
  const offeringId = workspace.count(`SELECT id FROM offerings WHERE archived_at IS NULL ORDER BY id LIMIT 1`);
  return workspace.call('requests:create', {
    smeId: sme.id, offeringId, question: 'Wij willen meer klanten via onze website.', digitalMaturity: 3, priority: 'high',
  }).id;
}

const statusOf = (workspace: E2EWorkspace, id: number) =>
  workspace.db.prepare(`SELECT status FROM requests WHERE id = ?`).pluck().get(id) as string;
const historyOf = (workspace: E2EWorkspace, id: number) =>
  workspace.db.prepare(`SELECT to_status FROM request_status_history WHERE request_id = ? ORDER BY changed_on, id`).pluck().all(id);

/** A real drag: press on the card, move in small steps to the target, check it lights up, release. */
async function dragTo(page: Page, card: Locator, target: Locator): Promise<void> {
  await card.scrollIntoViewIfNeeded();
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // Past the few pixels that tell a drag from a click, then across the board.
  await page.mouse.move(start.x + 12, start.y + 4, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(90, to.height / 2), { steps: 15 });
  await expect(target).toHaveClass(/is-over/);
  await page.mouse.up();
}

async function openBoard(page: Page, search: string): Promise<Locator> {
  const screen = await openScreen(page, 'requests');
  await screen.getByRole('group', { name: 'Weergave' }).getByRole('button', { name: 'Bord' }).click();
  const board = screen.getByTestId('request-board');
  await board.getByRole('searchbox', { name: 'Zoeken op het bord' }).fill(search);
  await expect(board.getByTestId('board-count')).toContainText('1 van');
  return board;
}

test('a request moves through the pipeline by mouse and keyboard, and is rejected with a reason', async ({ page, workspace }) => {
  const id = newRequest(workspace, 'Bakkerij De Proefrit');
  const board = await openBoard(page, 'Proefrit');
  const column = (status: string) => board.getByTestId(`column-${status}`);
  const card = board.locator(`[data-testid="request-card"][data-request-id="${id}"]`);
  const announcer = page.locator('[id^="DndLiveRegion"]');
  await expect(column('new').getByTestId('request-card')).toHaveCount(1);
  await expect(card).toContainText('Bakkerij De Proefrit');
  await expect(card).toContainText('hoog');
  await page.screenshot({ path: `${SHOTS}/board-filtered.png` });

  // 1. A real mouse drag from nieuw to intake gepland.
  await dragTo(page, card, column('intake_planned'));
  await expect(column('intake_planned').getByTestId('request-card')).toHaveCount(1);
  await expect(column('new').getByTestId('request-card')).toHaveCount(0);
  await expect.poll(() => statusOf(workspace, id)).toBe('intake_planned');
  expect(historyOf(workspace, id)).toEqual(['new', 'intake_planned']);
  await expect(announcer).toHaveText('Aanvraag van Bakkerij De Proefrit neergezet in intake gepland.');

  // 2. The keyboard: focus the card, Space picks it up, the right arrow moves one status on, Space drops it.
  await card.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.rcard-overlay')).toBeVisible();
  await expect(announcer).toHaveText('Aanvraag van Bakkerij De Proefrit opgepakt uit intake gepland.');
  // dnd-kit starts listening for the arrow keys one task after the pick-up: let that task run first.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.keyboard.press('ArrowRight');
  await expect(column('intake_done')).toHaveClass(/is-over/);
  await expect(announcer).toHaveText('Aanvraag van Bakkerij De Proefrit is boven intake gedaan.');
  await page.keyboard.press('Space');
  await expect(column('intake_done').getByTestId('request-card')).toHaveCount(1);
  // Focus follows the card to its new column, so the next move can start right away.
  await expect(card).toBeFocused();
  await expect.poll(() => statusOf(workspace, id)).toBe('intake_done');
  expect(historyOf(workspace, id)).toEqual(['new', 'intake_planned', 'intake_done']);

  // 3. Ctrl+Z puts the previous status back (the database says so), Ctrl+Shift+Z applies it again.
  await expect(page.getByTestId('undo-button')).toHaveText('Ongedaan maken: statuswijziging');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('toast').last()).toContainText('Ongedaan gemaakt: statuswijziging');
  await expect.poll(() => statusOf(workspace, id)).toBe('intake_planned');
  expect(historyOf(workspace, id)).toEqual(['new', 'intake_planned']);
  await expect(column('intake_planned').getByTestId('request-card')).toHaveCount(1);
  await expect(page.getByTestId('redo-button')).toHaveAccessibleName('Opnieuw: statuswijziging');
  await page.screenshot({ path: `${SHOTS}/undo-toast.png` });

  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('toast').last()).toContainText('Opnieuw gedaan: statuswijziging');
  await expect.poll(() => statusOf(workspace, id)).toBe('intake_done');
  expect(historyOf(workspace, id)).toEqual(['new', 'intake_planned', 'intake_done']);
  await expect(column('intake_done').getByTestId('request-card')).toHaveCount(1);

  // 4. Escape during a keyboard drag leaves the card where it was.
  await card.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.rcard-overlay')).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.keyboard.press('ArrowRight');
  await expect(column('ready_for_matching')).toHaveClass(/is-over/);
  await page.keyboard.press('Escape');
  await expect(announcer).toHaveText('Verplaatsen geannuleerd. Aanvraag van Bakkerij De Proefrit blijft in intake gedaan.');
  await expect(column('intake_done').getByTestId('request-card')).toHaveCount(1);
  expect(statusOf(workspace, id)).toBe('intake_done');

  // 5. A drop on afgewezen asks for the reason; cancelling leaves the card where it was.
  const rejected = column('rejected');
  await expect(rejected.getByTestId('column-count')).toHaveText('0');
  await dragTo(page, card, rejected);
  const dialog = page.getByRole('dialog', { name: 'Aanvraag afwijzen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Reden' })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/reason-dialog.png` });
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  await expect(column('intake_done').getByTestId('request-card')).toHaveCount(1);
  expect(statusOf(workspace, id)).toBe('intake_done');

  // Again, now saving: without a reason the dialog says so next to the field, with one it saves.
  await dragTo(page, card, rejected);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Reden' })).toHaveAccessibleDescription(/Vul dit veld in\./);
  expect(statusOf(workspace, id)).toBe('intake_done');
  await dialog.getByRole('textbox', { name: 'Reden' }).fill('Bedrijf kiest voor een commercieel bureau');
  await dialog.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => statusOf(workspace, id)).toBe('rejected');
  expect(workspace.db.prepare(`SELECT status_reason FROM requests WHERE id = ?`).pluck().get(id)).toBe('Bedrijf kiest voor een commercieel bureau');
  expect(historyOf(workspace, id)).toEqual(['new', 'intake_planned', 'intake_done', 'rejected']);
  await expect(column('intake_done').getByTestId('request-card')).toHaveCount(0);
  // The search still narrows the board to this one company.
  await expect(rejected.getByTestId('column-count')).toHaveText('1');

  // 6. The detail panel shows the way through the pipeline and every change in words.
  await rejected.getByRole('button', { name: /Toon de kaart/ }).click();
  await rejected.getByTestId('request-card').click();
  const detail = page.getByRole('dialog', { name: 'Bakkerij De Proefrit' });
  await expect(detail).toBeVisible();
  const steps = detail.getByTestId('status-history').getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText('binnengekomen als nieuw');
  await expect(steps.nth(1)).toContainText('van nieuw naar intake gepland');
  await expect(steps.nth(3)).toContainText('van intake gedaan naar afgewezen');
  await expect(steps.nth(3)).toContainText('Reden: Bedrijf kiest voor een commercieel bureau');
  const changes = detail.getByTestId('change-history');
  await expect(changes.getByRole('listitem').filter({ hasText: 'Status: intake gedaan → afgewezen' }).first()).toBeVisible();
  await expect(changes).toContainText('Reden: (leeg) → “Bedrijf kiest voor een commercieel bureau”');
  await expect(changes).toContainText('Statuswijziging');
  await expect(changes).toContainText('Nieuwe aanvraag');
  await expect(changes).toContainText('Aanvraag aangemaakt');
  await page.screenshot({ path: `${SHOTS}/detail-panel.png` });
  await detail.getByRole('button', { name: 'Paneel sluiten' }).click();
  await expect(detail).toBeHidden();
});

test('undoing a rejection brings the previous status back, and redo rejects again', async ({ page, workspace }) => {
  const id = newRequest(workspace, 'Drukkerij De Proefdruk');
  workspace.call('requests:setStatus', { requestId: id, status: 'intake_planned' });
  const board = await openBoard(page, 'Proefdruk');
  const card = board.locator(`[data-testid="request-card"][data-request-id="${id}"]`);
  await dragTo(page, card, board.getByTestId('column-withdrawn'));
  const dialog = page.getByRole('dialog', { name: 'Aanvraag intrekken' });
  await dialog.getByRole('textbox', { name: 'Reden' }).fill('Bedrijf is gestopt');
  await dialog.getByRole('button', { name: 'Status opslaan' }).click();
  await expect.poll(() => statusOf(workspace, id)).toBe('withdrawn');

  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('toast').last()).toContainText('Ongedaan gemaakt: statuswijziging', { timeout: 3000 });
  await expect.poll(() => statusOf(workspace, id), { timeout: 3000 }).toBe('intake_planned');
  await page.keyboard.press('Control+y');
  await expect(page.getByTestId('toast').last()).toContainText('Opnieuw gedaan: statuswijziging', { timeout: 3000 });
  await expect.poll(() => statusOf(workspace, id), { timeout: 3000 }).toBe('withdrawn');
});
