import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fullShot } from './harness/fullShot';
import { expect, test, type E2EWorkspace } from './harness/fixtures';
import { dataTable, openScreen } from './harness/screens';

// Evenementen on the real core: an event with one company from the register and one added on the spot is ONE
// action, the new company is a real record, a full event is flagged, and the report counts the newcomer.

const SHOTS = process.env.WP_SHOTS_DIR ?? '/tmp/shots-h4';
fs.mkdirSync(SHOTS, { recursive: true });

const shot = (page: Page, file: string) => fullShot(page, path.join(SHOTS, file));

async function serious(page: Page, scope?: string) {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const r = await (scope ? axe.include(scope) : axe).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

/** A KvK number with a leading zero that no company in the demo has. */
function freeKvk(ws: E2EWorkspace): string {
  for (let n = 7_654_321; ; n++) {
    const kvk = String(n).padStart(8, '0');
    if (ws.count(`SELECT count(*) FROM smes WHERE kvk = ?`, kvk) === 0) return kvk;
  }
}

test('an event with a company from the register and one added on the spot is saved at once and counted in the report', async ({ page, workspace }) => {
  const kvk = freeKvk(workspace);
  const today = new Date().toISOString().slice(0, 10);
  const year = Number(today.slice(5, 7)) >= 8 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  const period = { from: `${year}-08-01`, to: `${year + 1}-07-31` };
  // A company the report already counts this school year (it attended an event): registering it again adds nothing.
  const known = workspace.db.prepare(`SELECT DISTINCT s.id, s.name, s.kvk FROM smes s JOIN event_attendees a ON a.sme_id = s.id
    JOIN events e ON e.id = a.event_id WHERE e.archived_at IS NULL AND e.event_date BETWEEN ? AND ? AND s.archived_at IS NULL
    AND (SELECT count(*) FROM smes t WHERE t.kvk = s.kvk) = 1 ORDER BY s.name LIMIT 1`).get(period.from, period.to) as { id: number; name: string; kvk: string };
  const before = workspace.call('report:funder', period);

  const screen = await openScreen(page, 'events');
  const table = dataTable(screen, 'events');
  await expect(table.getByTestId('row-count')).toContainText(`van ${workspace.count(`SELECT count(*) FROM events WHERE archived_at IS NULL`)}`);
  await shot(page, 'events-list.png');

  await screen.getByRole('button', { name: '+ Evenement' }).click();
  const form = page.getByRole('dialog', { name: 'Nieuw evenement' });
  await form.getByLabel('Onderwerp').fill('Masterclass AI voor de bakker');
  await form.getByLabel('Soort').selectOption({ label: 'masterclass' });
  await expect(form.getByLabel('Datum')).toHaveValue(today);
  await form.getByLabel('Capaciteit').fill('1');
  await form.getByLabel('Locatie').fill('Ondernemershuis');
  await form.getByLabel('Sprekers').fill('Ada de Vries (data-expert)\nBram Jansen');

  // From the register, found by KvK number.
  await form.getByLabel('Zoek een bedrijf in het register').fill(known.kvk);
  await form.getByRole('button', { name: `${known.name} toevoegen` }).click();
  await expect(form.getByTestId('attendees')).toContainText(known.name);
  await expect(form.getByTestId('event-capacity')).toContainText('1 van 1 plaatsen bezet');

  // On the spot: a KvK number the register knows is caught before saving; a new one is added.
  await form.getByLabel('KvK-nummer').fill(known.kvk);
  await expect(form.getByText(`Dit KvK-nummer staat al in het register: ${known.name}.`)).toBeVisible();
  await form.getByLabel('Bedrijfsnaam').fill('Bakkerij Ter Plekke');
  await form.getByLabel('KvK-nummer').fill(kvk);
  await form.getByLabel('Aantal fte').fill('3,5');
  await form.getByLabel('Postcode').fill('3511ab');
  await form.getByRole('button', { name: 'Bedrijf aanmelden' }).click();
  await expect(form.getByTestId('attendees')).toContainText('Bakkerij Ter Plekke');
  await expect(form.getByTestId('event-capacity')).toContainText('Let op: 1 aanmelding meer dan de capaciteit van 1.');
  expect(workspace.count(`SELECT count(*) FROM smes WHERE kvk = ?`, kvk)).toBe(0);
  await form.screenshot({ path: path.join(SHOTS, 'event-form.png') });
  expect(await serious(page, 'dialog[open]')).toEqual([]);

  const groupsBefore = workspace.count(`SELECT count(*) FROM action_groups`);
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('toast').first()).toContainText('Masterclass AI voor de bakker is toegevoegd, met 1 nieuw bedrijf in het register.');

  // One action (one undo step) made the event, its two registrations and the new company.
  expect(workspace.count(`SELECT count(*) FROM action_groups`)).toBe(groupsBefore + 1);
  const sme = workspace.db.prepare(`SELECT id, name, fte, postcode, size_class FROM smes WHERE kvk = ?`).get(kvk);
  expect(sme).toMatchObject({ name: 'Bakkerij Ter Plekke', fte: 3.5, postcode: '3511 AB', size_class: 'micro' });
  const event = workspace.db.prepare(`SELECT id, kind, capacity, speakers, location FROM events WHERE topic = ?`).get('Masterclass AI voor de bakker') as { id: number };
  expect(event).toMatchObject({ kind: 'masterclass', capacity: 1, speakers: '["Ada de Vries (data-expert)","Bram Jansen"]', location: 'Ondernemershuis' });
  expect(workspace.count(`SELECT count(*) FROM event_attendees WHERE event_id = ?`, event.id)).toBe(2);

  // The table shows the event as over capacity, in words.
  await table.getByRole('searchbox', { name: 'Zoeken' }).fill('AI voor de bakker');
  const row = table.getByTestId('table-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('2 / 1');
  await expect(row).toContainText('vol +1');

  // The report of this school year counts the new company once, and the event with its two registrations.
  const after = workspace.call('report:funder', period);
  expect(after.smes.unique).toBe(before.smes.unique + 1);
  expect(after.events.count).toBe(before.events.count + 1);
  const report = await openScreen(page, 'reports');
  await expect(report.getByLabel('Van')).toHaveValue(period.from);
  await expect(report.getByTestId('kpi-smes').locator('.kpi-value')).toHaveText(after.smes.unique.toLocaleString('nl-NL'));
  await expect(report.getByTestId('kpi-events').locator('.kpi-value')).toHaveText(after.events.count.toLocaleString('nl-NL'));
  await expect(report.getByTestId('report-events-table')).toContainText('Masterclass AI voor de bakker');
});

test('an event is edited, archived and restored; archived events are hidden unless asked for', async ({ page, workspace }) => {
  const ev = workspace.db.prepare(`SELECT id, topic FROM events WHERE archived_at IS NULL ORDER BY event_date DESC LIMIT 1`).get() as { id: number; topic: string };
  const screen = await openScreen(page, 'events');
  const table = dataTable(screen, 'events');
  await table.getByRole('searchbox', { name: 'Zoeken' }).fill(ev.topic);
  await table.getByTestId('table-row').first().click();
  const form = page.getByRole('dialog', { name: `${ev.topic} bewerken` });
  await expect(form).toBeVisible();
  await expect(form.getByTestId('event-hours')).toContainText('Geboekte uren');
  // Demo topics repeat; a topic of its own keeps the search to this one event.
  const topic = 'Webinar om te archiveren';
  await form.getByLabel('Onderwerp').fill(topic);
  await form.getByLabel('Capaciteit').fill('');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
  expect(workspace.db.prepare(`SELECT topic, capacity FROM events WHERE id = ?`).get(ev.id)).toEqual({ topic, capacity: null });

  await table.getByRole('searchbox', { name: 'Zoeken' }).fill(topic);
  await expect(table.getByTestId('table-row')).toHaveCount(1);
  await table.getByTestId('table-row').first().click();
  await page.getByRole('dialog', { name: `${topic} bewerken` }).getByRole('button', { name: 'Archiveren' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(workspace.db.prepare(`SELECT archived_at FROM events WHERE id = ?`).pluck().get(ev.id)).not.toBeNull();
  await expect(table.getByTestId('table-row')).toHaveCount(0);
  await screen.getByTestId('show-archived').click();
  await expect(table.getByTestId('table-row')).toHaveCount(1);
  await expect(table.getByTestId('table-row')).toContainText('gearchiveerd');
  await table.getByTestId('table-row').first().click();
  await page.getByRole('dialog', { name: `${topic} bewerken` }).getByRole('button', { name: 'Terugzetten' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(workspace.db.prepare(`SELECT archived_at FROM events WHERE id = ?`).pluck().get(ev.id)).toBeNull();
  expect(await serious(page)).toEqual([]);
});
