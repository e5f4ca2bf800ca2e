import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import path from 'node:path';
import { expect, test, type E2EWorkspace } from './harness/fixtures';
import { dataTable, openScreen } from './harness/screens';

// The SME form on the real core: identifiers are checked next to their fields, what was typed stays, and
// every save, edit, archive and restore is read back from the workspace's own database.

const SHOTS = process.env.WP_SHOTS_DIR ?? '/tmp/shots-smes';
const KVK_MESSAGE = 'Een KvK-nummer bestaat uit precies 8 cijfers (voorloopnullen tellen mee).';
const POSTCODE_MESSAGE = 'Gebruik een postcode als 1234 AB (4 cijfers, niet beginnend met 0, en 2 letters).';

interface SmeDb { id: number; name: string; kvk: string; postcode: string | null; fte: number; size_class: string;
  municipality: string | null; contact_name: string | null; intermediary_id: number | null; archived_at: string | null }
const smeByName = (ws: E2EWorkspace, name: string) =>
  ws.db.prepare(`SELECT * FROM smes WHERE name = ? AND merged_into_id IS NULL`).get(name) as SmeDb | undefined;

/** A KvK number with a leading zero that no company in the demo has. */
function freeKvk(ws: E2EWorkspace): string {
  for (let n = 1_234_567; ; n++) {
    const kvk = String(n).padStart(8, '0');
    if (ws.count(`SELECT count(*) FROM smes WHERE kvk = ?`, kvk) === 0) return kvk;
  }
}

const panel = (page: Page, title: string | RegExp) => page.getByRole('dialog', { name: title });

async function findRow(table: Locator, text: string): Promise<Locator> {
  await table.getByRole('searchbox', { name: 'Zoeken' }).fill(text);
  return table.getByTestId('table-row');
}

test('a new SME with a bad KvK and postcode is refused next to those fields, keeps its input, and saves once corrected', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'smes');
  await screen.getByRole('button', { name: '+ MKB-bedrijf' }).click();
  const form = panel(page, 'Nieuw mkb-bedrijf');
  await expect(form).toBeVisible();

  await form.getByLabel('Bedrijfsnaam').fill('Bakkerij De Proefrit');
  await form.getByLabel('KvK-nummer').fill('1234');
  await form.getByLabel('Aantal fte').fill('2,5');
  await expect(form.getByTestId('size-class')).toContainText('micro (minder dan 10 fte)');
  await form.getByLabel('Aantal fte').fill('12');
  await expect(form.getByTestId('size-class')).toContainText('klein (10–49 fte)');
  await form.getByLabel('Postcode').fill('0123 AB');
  await form.getByLabel('Gemeente').fill('Utrecht');
  await form.getByLabel('Vakantieregio').selectOption({ label: 'Midden' });
  await form.getByRole('button', { name: 'Opslaan' }).click();

  // Each message is tied to its own field (announced with it) and the form keeps every value.
  const kvkField = form.getByLabel('KvK-nummer');
  const postcodeField = form.getByLabel('Postcode');
  await expect(kvkField).toHaveAccessibleDescription(KVK_MESSAGE);
  await expect(postcodeField).toHaveAccessibleDescription(POSTCODE_MESSAGE);
  await expect(kvkField).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Er zijn 2 velden die aandacht nodig hebben.')).toBeVisible();
  await expect(kvkField).toHaveValue('1234');
  await expect(postcodeField).toHaveValue('0123 AB');
  await expect(form.getByLabel('Bedrijfsnaam')).toHaveValue('Bakkerij De Proefrit');
  await expect(form.getByLabel('Aantal fte')).toHaveValue('12');
  expect(smeByName(workspace, 'Bakkerij De Proefrit')).toBeUndefined();
  await form.screenshot({ path: path.join(SHOTS, 'sme-form-errors.png') });
  const axe = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Corrected: the leading zero survives and the postcode is normalised.
  const kvk = freeKvk(workspace);
  await kvkField.fill(kvk);
  await expect(kvkField).not.toHaveAttribute('aria-invalid', 'true');
  await postcodeField.fill('3511ab');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('toast')).toContainText('Bakkerij De Proefrit is toegevoegd.');

  const saved = smeByName(workspace, 'Bakkerij De Proefrit');
  expect(saved).toMatchObject({ kvk, postcode: '3511 AB', fte: 12, size_class: 'small', municipality: 'Utrecht' });
  const rows = await findRow(dataTable(screen, 'smes'), 'Proefrit');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(kvk);
  await expect(rows).toContainText('3511 AB');
  await expect(rows).toContainText('klein (10–49 fte)');
  await page.screenshot({ path: path.join(SHOTS, 'smes-after-create.png') });
});

test('a KvK number that is taken shows the core’s message at the KvK field', async ({ page, workspace }) => {
  const other = workspace.db.prepare(`SELECT name, kvk FROM smes ORDER BY id LIMIT 1`).get() as { name: string; kvk: string };
  const screen = await openScreen(page, 'smes');
  await screen.getByRole('button', { name: '+ MKB-bedrijf' }).click();
  const form = panel(page, 'Nieuw mkb-bedrijf');
  await form.getByLabel('Bedrijfsnaam').fill('Dubbel B.V.');
  await form.getByLabel('KvK-nummer').fill(other.kvk);
  await form.getByLabel('Aantal fte').fill('3');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByLabel('KvK-nummer')).toHaveAccessibleDescription(`Er is al een bedrijf met KvK-nummer ${other.kvk}: ${other.name}.`);
  await expect(form.getByLabel('Bedrijfsnaam')).toHaveValue('Dubbel B.V.');
  expect(smeByName(workspace, 'Dubbel B.V.')).toBeUndefined();
});

test('editing an SME loads its values and saves the changes', async ({ page, workspace }) => {
  const sme = workspace.db.prepare(`SELECT * FROM smes WHERE intermediary_id IS NULL ORDER BY id LIMIT 1`).get() as SmeDb;
  const intermediary = workspace.db.prepare(`SELECT id, name FROM intermediaries ORDER BY name LIMIT 1`).get() as { id: number; name: string };
  const screen = await openScreen(page, 'smes');
  const rows = await findRow(dataTable(screen, 'smes'), sme.kvk);
  await rows.first().click();

  const form = panel(page, `${sme.name} bewerken`);
  await expect(form.getByLabel('KvK-nummer')).toHaveValue(sme.kvk);
  await expect(form.getByLabel('Bedrijfsnaam')).toHaveValue(sme.name);
  await expect(form.getByLabel('Postcode')).toHaveValue(sme.postcode ?? '');
  await form.getByLabel('Naam', { exact: true }).fill('Fatima el Amrani');
  await form.getByLabel('Doorverwezen door').selectOption(String(intermediary.id));
  await form.getByLabel('Aantal fte').fill('60');
  await expect(form.getByTestId('size-class')).toContainText('50 fte of meer');
  await form.getByLabel('Aantal fte').fill('7,5');
  await form.screenshot({ path: path.join(SHOTS, 'sme-form-edit.png') });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();

  expect(smeByName(workspace, sme.name)).toMatchObject({ contact_name: 'Fatima el Amrani', intermediary_id: intermediary.id, fte: 7.5, kvk: sme.kvk });
  await expect(rows.first()).toContainText('Fatima el Amrani');
  await expect(rows.first()).toContainText(intermediary.name);
});

test('an SME is archived out of the list and restored from the archived view', async ({ page, workspace }) => {
  const sme = workspace.db.prepare(`SELECT id, name, kvk FROM smes ORDER BY id DESC LIMIT 1`).get() as { id: number; name: string; kvk: string };
  const archivedAt = () => workspace.db.prepare(`SELECT archived_at FROM smes WHERE id = ?`).pluck().get(sme.id);
  const screen = await openScreen(page, 'smes');
  const table = dataTable(screen, 'smes');
  const rows = await findRow(table, sme.kvk);
  await rows.click();
  await panel(page, `${sme.name} bewerken`).getByRole('button', { name: 'Archiveren' }).click();
  await expect(page.getByTestId('toast')).toContainText(`${sme.name} is gearchiveerd.`);
  await expect(rows).toHaveCount(0);
  expect(archivedAt()).not.toBeNull();

  await table.getByRole('checkbox', { name: 'Toon gearchiveerde' }).check();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('gearchiveerd');
  await page.screenshot({ path: path.join(SHOTS, 'smes-archived.png') });
  await rows.click();
  await panel(page, `${sme.name} bewerken`).getByRole('button', { name: 'Terugzetten' }).click();
  await expect(rows).not.toContainText('gearchiveerd');
  expect(archivedAt()).toBeNull();
  await table.getByRole('checkbox', { name: 'Toon gearchiveerde' }).uncheck();
  await expect(rows).toHaveCount(1);
});

test('a new intermediary is added from the SME form and the company is saved with it', async ({ page, workspace }) => {
  const kvk = freeKvk(workspace);
  const screen = await openScreen(page, 'smes');
  await screen.getByRole('button', { name: '+ MKB-bedrijf' }).click();
  const form = panel(page, 'Nieuw mkb-bedrijf');
  await form.getByLabel('Bedrijfsnaam').fill('Fietsenmaker Spaak');
  await form.getByLabel('KvK-nummer').fill(kvk);
  await form.getByLabel('Aantal fte').fill('3');
  await form.getByRole('button', { name: '+ Nieuwe intermediair' }).click();
  const add = form.getByTestId('new-intermediary');
  // Enter adds the intermediary; it does not save the company yet.
  await add.getByLabel('Naam').fill('Ondernemersvereniging Spaakstad');
  await add.getByLabel('Naam').press('Enter');
  await expect(add).toBeHidden();
  await expect(form).toBeVisible();
  await expect(form.getByLabel(/^Doorverwezen door/)).toHaveValue(
    String(workspace.count(`SELECT id FROM intermediaries WHERE name = 'Ondernemersvereniging Spaakstad'`)));
  await page.screenshot({ path: path.join(SHOTS, 'sme-new-intermediary.png') });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
  expect(workspace.db.prepare(`SELECT i.name, i.kind FROM smes s JOIN intermediaries i ON i.id = s.intermediary_id WHERE s.kvk = ?`).get(kvk))
    .toEqual({ name: 'Ondernemersvereniging Spaakstad', kind: 'business_association' });
});
