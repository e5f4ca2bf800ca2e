import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { expect, test, type E2EWorkspace } from './harness/fixtures';
import { openScreen } from './harness/screens';

// MKB-bedrijven › Intermediairs on the real core: a rename, a refused duplicate name, archive and restore, each
// read back from the workspace's database and from the SME form's pick list.

const SHOTS = process.env.WP_SHOTS_DIR ?? '/tmp/shots-smes';

const intermediary = (ws: E2EWorkspace, id: number) =>
  ws.db.prepare(`SELECT name, kind, archived_at IS NOT NULL AS archived FROM intermediaries WHERE id = ?`).get(id) as { name: string; kind: string; archived: number };

test('an intermediary is renamed, refused a taken name, archived out of the pick list and restored', async ({ page, workspace }) => {
  const [first, second] = workspace.db.prepare(`SELECT id, name FROM intermediaries WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE LIMIT 2`).all() as { id: number; name: string }[];
  const companies = workspace.count(`SELECT count(*) FROM smes WHERE intermediary_id = ? AND merged_into_id IS NULL`, first!.id);
  const screen = await openScreen(page, 'smes');
  await screen.getByTestId('intermediaries-button').click();
  const view = screen.getByTestId('intermediaries-view');
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Intermediairs');
  const row = view.locator(`[data-testid="intermediary-row"][data-id="${first!.id}"]`);
  await expect(row).toContainText(first!.name);
  await expect(row.locator('td.num')).toHaveText(String(companies));

  // Rename by keyboard: the edit button, type, Enter.
  await row.getByRole('button', { name: `${first!.name} bewerken` }).click();
  const name = row.getByLabel('Naam');
  await expect(name).toBeFocused();
  await name.fill('Proefloket Noord');
  await row.getByLabel('Soort').selectOption({ label: 'gemeente' });
  await name.press('Enter');
  await expect(page.getByTestId('toast')).toContainText('Proefloket Noord is opgeslagen.');
  expect(intermediary(workspace, first!.id)).toEqual({ name: 'Proefloket Noord', kind: 'municipality', archived: 0 });
  await expect(row).toContainText('gemeente');

  // Another's name (any case) is refused in words, and nothing changes.
  await row.getByRole('button', { name: 'Proefloket Noord bewerken' }).click();
  await row.getByLabel('Naam').fill(second!.name.toUpperCase());
  await row.getByRole('button', { name: 'Opslaan' }).click();
  await expect(view.getByRole('alert')).toHaveText(`Er is al een intermediair met de naam “${second!.name}”.`);
  await expect(row.getByLabel('Naam')).toHaveValue(second!.name.toUpperCase());
  expect(intermediary(workspace, first!.id).name).toBe('Proefloket Noord');
  await page.screenshot({ path: path.join(SHOTS, 'intermediaries-refused.png') });
  await row.getByLabel('Naam').press('Escape');

  // Archive: gone from the list and from the SME form's choices; its companies keep the link.
  await row.getByRole('button', { name: 'Proefloket Noord archiveren' }).click();
  await expect(row).toBeHidden();
  expect(intermediary(workspace, first!.id).archived).toBe(1);
  expect(workspace.count(`SELECT count(*) FROM smes WHERE intermediary_id = ? AND merged_into_id IS NULL`, first!.id)).toBe(companies);
  await screen.getByRole('button', { name: '+ MKB-bedrijf' }).click();
  const form = page.getByRole('dialog', { name: 'Nieuw mkb-bedrijf' });
  await expect(form.getByLabel(/^Doorverwezen door/).locator('option', { hasText: 'Proefloket Noord' })).toHaveCount(0);
  await form.getByRole('button', { name: 'Annuleren' }).click();

  // Shown again with the archived switch, marked, and restored from there.
  await view.getByTestId('intermediaries-show-archived').getByRole('checkbox').check();
  await expect(row).toContainText('gearchiveerd');
  await page.screenshot({ path: path.join(SHOTS, 'intermediaries-archived.png') });
  expect((await new AxeBuilder({ page }).include('[data-testid="intermediaries-view"]').analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await row.getByRole('button', { name: 'Proefloket Noord terugzetten' }).click();
  await expect(row).not.toContainText('gearchiveerd');
  expect(intermediary(workspace, first!.id).archived).toBe(0);
});
