import { expect, test, type E2EWorkspace } from './harness/fixtures';
import { openScreen } from './harness/screens';

// Undo and redo for the whole app: the top-bar control names the step, the toast confirms it (and offers the way
// back), Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y work at window level, and Ctrl+Z inside a text field stays the browser's
// own text undo. The database is checked after every step.

function firstNewRequest(workspace: E2EWorkspace): number {
  return workspace.count(`SELECT id FROM requests WHERE archived_at IS NULL AND status = 'new' ORDER BY id LIMIT 1`);
}
const statusOf = (workspace: E2EWorkspace, id: number) =>
  workspace.db.prepare(`SELECT status FROM requests WHERE id = ?`).pluck().get(id) as string;

test('the top-bar control undoes the last action by name, and the toast redoes it', async ({ page, workspace }) => {
  const undo = page.getByTestId('undo-button');
  const redo = page.getByTestId('redo-button');
  // A fresh demo has no history.
  await expect(undo).toBeDisabled();
  await expect(undo).toHaveText('Ongedaan maken');
  await expect(redo).toBeDisabled();

  const id = firstNewRequest(workspace);
  workspace.call('requests:setStatus', { requestId: id, status: 'intake_planned' });
  await expect(undo).toHaveText('Ongedaan maken: statuswijziging');
  await expect(undo).toBeEnabled();

  await undo.click();
  const toast = page.getByTestId('toast').last();
  await expect(toast).toContainText('Ongedaan gemaakt: statuswijziging');
  await expect.poll(() => statusOf(workspace, id)).toBe('new');
  await expect(undo).toBeDisabled();
  await expect(redo).toHaveAccessibleName('Opnieuw: statuswijziging');

  await toast.getByRole('button', { name: 'Opnieuw' }).click();
  await expect(page.getByTestId('toast').last()).toContainText('Opnieuw gedaan: statuswijziging');
  await expect.poll(() => statusOf(workspace, id)).toBe('intake_planned');
  await expect(redo).toBeDisabled();
  await expect(undo).toHaveText('Ongedaan maken: statuswijziging');
});

test('Ctrl+Z in a text field is the browser’s text undo; elsewhere it undoes one step, and Ctrl+Y redoes it', async ({ page, workspace }) => {
  const id = firstNewRequest(workspace);
  workspace.call('requests:setStatus', { requestId: id, status: 'intake_planned' });
  workspace.call('requests:setStatus', { requestId: id, status: 'intake_done' });
  const screen = await openScreen(page, 'requests');
  await expect(page.getByTestId('undo-button')).toHaveText('Ongedaan maken: statuswijziging');

  // Typing in the table's search box, then Ctrl+Z there, takes (some of) the typing back and leaves the data alone.
  const search = screen.getByRole('searchbox', { name: 'Zoeken' });
  await search.click();
  await page.keyboard.type('Bakkerij');
  await expect(search).toHaveValue('Bakkerij');
  await page.keyboard.press('Control+z');
  // React re-renders a controlled field per key, so the browser's text undo may take back one letter at a time.
  await expect(search).not.toHaveValue('Bakkerij');
  expect(statusOf(workspace, id)).toBe('intake_done');

  // Outside a field, one press is one step: intake gedaan → intake gepland, not further.
  await screen.getByRole('heading', { name: 'Aanvragen', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('toast').last()).toContainText('Ongedaan gemaakt: statuswijziging');
  await expect.poll(() => statusOf(workspace, id)).toBe('intake_planned');

  await page.keyboard.press('Control+y');
  await expect(page.getByTestId('toast').last()).toContainText('Opnieuw gedaan: statuswijziging');
  await expect.poll(() => statusOf(workspace, id)).toBe('intake_done');

  // Undo twice and redo with Ctrl+Shift+Z: the steps replay in order.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => statusOf(workspace, id)).toBe('new');
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => statusOf(workspace, id)).toBe('intake_planned');
});

test('with nothing to undo, Ctrl+Z says so', async ({ page }) => {
  await openScreen(page, 'requests');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('toast').last()).toHaveText(/Niets om ongedaan te maken/);
});
