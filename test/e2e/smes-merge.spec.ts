import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import path from 'node:path';
import { expect, test } from './harness/fixtures';
import { dataTable, openScreen } from './harness/screens';

// Two records of one company, entered through the form, each with its own requests (given through the core,
// as the intake would): the duplicates view merges them and every request ends up with the record kept.

const SHOTS = process.env.WP_SHOTS_DIR ?? '/tmp/shots-smes';
test.use({ startWith: 'empty' });

async function createSme(page: Page, v: { name: string; kvk: string; fte: string; postcode: string; contact?: string }) {
  await page.getByRole('button', { name: '+ MKB-bedrijf' }).click();
  const form = page.getByRole('dialog', { name: 'Nieuw mkb-bedrijf' });
  await form.getByLabel('Bedrijfsnaam').fill(v.name);
  await form.getByLabel('KvK-nummer').fill(v.kvk);
  await form.getByLabel('Aantal fte').fill(v.fte);
  await form.getByLabel('Postcode').fill(v.postcode);
  if (v.contact) await form.getByLabel('Naam', { exact: true }).fill(v.contact);
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
}

test('merging two duplicate SMEs keeps all their requests on the record chosen, and can be undone', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'smes');
  const badge = screen.getByTestId('duplicates-badge');
  await expect(dataTable(screen, 'smes').getByTestId('row-count')).toHaveText('0 van 0');
  await createSme(page, { name: 'Fietsenmaker Spaak B.V.', kvk: '01111111', fte: '4', postcode: '3511 ab', contact: 'Joris Spaak' });
  await expect(badge).toHaveCount(0);
  await createSme(page, { name: 'fietsenmaker spaak', kvk: '22222222', fte: '5', postcode: '3511AB' });
  await expect(badge).toHaveText(/^1/);

  const idOf = (kvk: string) => workspace.db.prepare(`SELECT id FROM smes WHERE kvk = ?`).pluck().get(kvk) as number;
  const [a, b] = [idOf('01111111'), idOf('22222222')];
  for (const [smeId, question] of [[a, 'Webshop'], [b, 'Social media'], [b, 'Cyberscan']] as const) {
    workspace.call('requests:create', { smeId, question, receivedOn: '2026-09-01' });
  }

  await screen.getByTestId('duplicates-button').click();
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Dubbele bedrijven');
  const group = screen.getByTestId('duplicate-group');
  await expect(group).toHaveCount(1);
  await expect(group.getByRole('heading', { name: 'Groep 1: Zelfde naam en postcode' })).toBeVisible();
  const records = group.getByTestId('duplicate-record');
  await expect(records).toHaveCount(2);
  await expect(records.filter({ hasText: '01111111' })).toContainText('1 aanvraag');
  await expect(records.filter({ hasText: '22222222' })).toContainText('2 aanvragen');
  // The record with the most requests is suggested; the user keeps the other one (it has the contact person).
  await expect(group.getByRole('radio', { name: /KvK 22222222/ })).toBeChecked();
  await group.getByRole('radio', { name: /KvK 01111111/ }).check();
  await expect(records.filter({ hasText: '01111111' })).toContainText('wordt bewaard');
  await expect(records.filter({ hasText: '22222222' })).toContainText('wordt samengevoegd');
  await page.screenshot({ path: path.join(SHOTS, 'duplicates-view.png') });
  const axe = await new AxeBuilder({ page }).include('[data-testid="duplicates-view"]').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await group.getByRole('button', { name: 'Samenvoegen…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Bedrijven samenvoegen?' });
  await expect(confirm).toContainText('Alle 3 aanvragen gaan naar Fietsenmaker Spaak B.V. (KvK 01111111).');
  await expect(confirm).toContainText('fietsenmaker spaak (KvK 22222222) wordt gemarkeerd als samengevoegd');
  await confirm.screenshot({ path: path.join(SHOTS, 'duplicates-confirm.png') });
  await confirm.getByRole('button', { name: 'Samenvoegen', exact: true }).click();

  const notice = screen.getByTestId('merge-notice');
  await expect(notice).toContainText('samengevoegd met Fietsenmaker Spaak B.V.; dat heeft nu 3 aanvragen.');
  await expect(screen.getByText('Geen dubbele bedrijven gevonden.')).toBeVisible();
  await expect(badge).toHaveCount(0);
  expect(workspace.count(`SELECT count(*) FROM requests WHERE sme_id = ?`, a)).toBe(3);
  expect(workspace.count(`SELECT count(*) FROM requests WHERE sme_id <> ?`, a)).toBe(0);
  expect(workspace.db.prepare(`SELECT merged_into_id FROM smes WHERE id = ?`).pluck().get(b)).toBe(a);
  await page.screenshot({ path: path.join(SHOTS, 'duplicates-merged.png') });

  // One undo step gives each record its own requests back.
  await notice.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(notice).toHaveText('Samenvoegen ongedaan gemaakt.');
  await expect(group).toHaveCount(1);
  expect(workspace.count(`SELECT count(*) FROM requests WHERE sme_id = ?`, b)).toBe(2);
  expect(workspace.db.prepare(`SELECT merged_into_id FROM smes WHERE id = ?`).pluck().get(b)).toBeNull();
  await expect(badge).toHaveText(/^1/);

  // Merge again for good and check the list from the user's side.
  await group.getByRole('radio', { name: /KvK 01111111/ }).check();
  await group.getByRole('button', { name: 'Samenvoegen…' }).click();
  await page.getByRole('dialog', { name: 'Bedrijven samenvoegen?' }).getByRole('button', { name: 'Samenvoegen', exact: true }).click();
  await expect(screen.getByText('Geen dubbele bedrijven gevonden.')).toBeVisible();
  await screen.getByRole('button', { name: '← Alle bedrijven' }).click();
  const table = dataTable(screen, 'smes');
  await expect(table.getByTestId('row-count')).toHaveText('1 van 1');
  await expect(table.getByTestId('table-row')).toContainText('Fietsenmaker Spaak B.V.');
  await expect(table.getByTestId('table-row')).toContainText('01111111');
  expect(workspace.count(`SELECT count(*) FROM requests WHERE sme_id = ?`, a)).toBe(3);
});
