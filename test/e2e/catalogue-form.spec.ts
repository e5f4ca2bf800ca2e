import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import path from 'node:path';
import { expect, test, type E2EWorkspace } from './harness/fixtures';
import { openScreen } from './harness/screens';

// A menukaart item made and changed through the side panel; the levels, delivering programmes and terms are
// read back from the offering_* link tables of the workspace's own database.

const SHOTS = process.env.WP_SHOTS_DIR ?? '/tmp/shots-smes';

interface Named { id: number; name: string; school: string }
const programmes = (ws: E2EWorkspace) => ws.db.prepare(`SELECT p.id, p.name, s.name AS school FROM programmes p
  JOIN schools s ON s.id = p.school_id WHERE p.archived_at IS NULL ORDER BY s.name, p.name`).all() as Named[];
const terms = (ws: E2EWorkspace) => ws.db.prepare(`SELECT t.id, t.name, s.name AS school, t.school_year AS year FROM terms t
  JOIN schools s ON s.id = t.school_id WHERE t.archived_at IS NULL ORDER BY t.school_year DESC, t.start_date, s.name`).all() as (Named & { year: string })[];
const links = (ws: E2EWorkspace, table: string, col: string, id: number) =>
  ws.db.prepare(`SELECT ${col} FROM ${table} WHERE offering_id = ? ORDER BY 1`).pluck().all(id);
const offeringByName = (ws: E2EWorkspace, name: string) => ws.db.prepare(`SELECT * FROM offerings WHERE name = ?`).get(name) as
  { id: number; theme: string; duration_value: number; duration_unit: string; effort_minutes: number; team_size: number; description: string; archived_at: string | null } | undefined;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The checkbox of one programme, inside its school's group. */
const programmeBox = (form: Locator, p: Named) =>
  form.getByTestId('pick-programmes').getByRole('group', { name: new RegExp(`^${escape(p.school)}`) })
    .getByRole('checkbox', { name: new RegExp(`^${escape(p.name)}`) });
const termBox = (form: Locator, t: Named & { year: string }) =>
  form.getByTestId('pick-terms').getByRole('group', { name: new RegExp(`^Schooljaar ${t.year}`) })
    .getByRole('checkbox', { name: new RegExp(`^${escape(`${t.school} · ${t.name}`)}`) });

/** A card, found by its one control (the name, announced as "… bewerken"). */
const card = (page: Page, name: string) =>
  page.getByTestId('offering-card').filter({ has: page.getByRole('button', { name: `${name} bewerken`, exact: true }) });

test('a new menukaart item is checked, saved with its levels, programmes and terms, and edited', async ({ page, workspace }) => {
  const [p1, p2, p3] = programmes(workspace);
  const [t1, t2] = terms(workspace);
  const screen = await openScreen(page, 'catalogue');
  const before = workspace.count(`SELECT count(*) FROM offerings`);
  await screen.getByRole('button', { name: '+ Menukaart-item' }).click();
  const form = page.getByRole('dialog', { name: 'Nieuw menukaart-item' });

  // Nothing filled in: every required field says so, next to itself.
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByLabel(/^Naam/)).toHaveAccessibleDescription('Vul dit veld in.');
  await expect(form.getByLabel(/^Thema/)).toHaveAccessibleDescription('Kies een thema.');
  await expect(form.getByLabel(/^Duur/)).toHaveAccessibleDescription('Vul dit veld in.');
  await expect(form.getByRole('group', { name: /Toegestane niveaus/ })).toContainText('Kies er minstens één.');
  await form.screenshot({ path: path.join(SHOTS, 'offering-form-errors.png') });
  expect(workspace.count(`SELECT count(*) FROM offerings`)).toBe(before);

  await form.getByLabel(/^Naam/).fill('Instagram-starterspakket');
  await form.getByLabel(/^Thema/).selectOption({ label: 'Online marketing & verkoop' });
  await form.getByLabel('Korte omschrijving voor het mkb').fill('Een profiel dat klopt en een plan voor drie maanden posts.');
  await form.getByLabel(/^Duur/).fill('6');
  await form.getByLabel('Eenheid').selectOption({ label: 'weken' });
  await form.getByLabel('Verwachte inzet (uren)').fill('120,5');
  await form.getByLabel('Teamgrootte (studenten)').fill('4');
  const levels = form.getByRole('group', { name: /Toegestane niveaus/ });
  await levels.getByRole('checkbox', { name: 'mbo 4' }).check();
  await levels.getByRole('checkbox', { name: 'Ad' }).check();
  await programmeBox(form, p1!).check();
  await programmeBox(form, p2!).check();
  await form.getByTestId('pick-programmes').scrollIntoViewIfNeeded();
  await form.screenshot({ path: path.join(SHOTS, 'offering-form-programmes.png') });
  await termBox(form, t1!).check();
  await form.screenshot({ path: path.join(SHOTS, 'offering-form-terms.png') });
  const axe = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();

  const made = offeringByName(workspace, 'Instagram-starterspakket')!;
  expect(made).toMatchObject({ theme: 'online_marketing_sales', duration_value: 6, duration_unit: 'weeks', effort_minutes: 7230, team_size: 4 });
  expect(links(workspace, 'offering_levels', 'level', made.id)).toEqual(['ad', 'mbo-4']);
  expect(links(workspace, 'offering_programmes', 'programme_id', made.id)).toEqual([p1!.id, p2!.id].sort((a, b) => a - b));
  expect(links(workspace, 'offering_terms', 'term_id', made.id)).toEqual([t1!.id]);
  const newCard = card(page, 'Instagram-starterspakket');
  await expect(newCard).toContainText('6 weken');
  await expect(newCard).toContainText('2 opleidingen');
  await expect(screen.getByTestId('row-count')).toHaveText(`${before + 1} van ${before + 1} items`);

  // Edit: the panel opens with the stored links ticked; change them and the effort.
  await newCard.getByRole('button', { name: 'Instagram-starterspakket bewerken' }).click();
  const edit = page.getByRole('dialog', { name: 'Instagram-starterspakket bewerken' });
  await expect(edit.getByLabel('Verwachte inzet (uren)')).toHaveValue('120.5');
  await expect(programmeBox(edit, p1!)).toBeChecked();
  await expect(programmeBox(edit, p2!)).toBeChecked();
  await expect(termBox(edit, t1!)).toBeChecked();
  await expect(edit.getByRole('group', { name: /Toegestane niveaus/ }).getByRole('checkbox', { name: 'Ad' })).toBeChecked();
  await edit.getByRole('group', { name: /Toegestane niveaus/ }).getByRole('checkbox', { name: 'Ad' }).uncheck();
  await programmeBox(edit, p1!).uncheck();
  await programmeBox(edit, p3!).check();
  await termBox(edit, t2!).check();
  await edit.getByLabel('Verwachte inzet (uren)').fill('80');
  await edit.getByLabel(/^Duur/).fill('3');
  await edit.getByLabel('Eenheid').selectOption({ label: 'dagen' });
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit).toBeHidden();
  // Keyboard users land back on the card they opened.
  await expect(newCard.getByRole('button', { name: 'Instagram-starterspakket bewerken' })).toBeFocused();

  expect(offeringByName(workspace, 'Instagram-starterspakket')).toMatchObject({ duration_value: 3, duration_unit: 'days', effort_minutes: 4800 });
  expect(links(workspace, 'offering_levels', 'level', made.id)).toEqual(['mbo-4']);
  expect(links(workspace, 'offering_programmes', 'programme_id', made.id)).toEqual([p2!.id, p3!.id].sort((a, b) => a - b));
  expect(links(workspace, 'offering_terms', 'term_id', made.id)).toEqual([t1!.id, t2!.id].sort((a, b) => a - b));
  await expect(newCard).toContainText('3 dagen');
  await expect(newCard).toContainText('80 u');
  await page.screenshot({ path: path.join(SHOTS, 'catalogue-after-edit.png') });
});

test('a menukaart item is archived out of view and restored', async ({ page, workspace }) => {
  const offering = workspace.db.prepare(`SELECT id, name FROM offerings ORDER BY name LIMIT 1`).get() as { id: number; name: string };
  const archivedAt = () => workspace.db.prepare(`SELECT archived_at FROM offerings WHERE id = ?`).pluck().get(offering.id);
  const total = workspace.count(`SELECT count(*) FROM offerings`);
  const screen = await openScreen(page, 'catalogue');
  await card(page, offering.name).getByRole('button', { name: `${offering.name} bewerken` }).click();
  await page.getByRole('dialog', { name: `${offering.name} bewerken` }).getByRole('button', { name: 'Archiveren' }).click();
  await expect(card(page, offering.name)).toHaveCount(0);
  await expect(screen.getByTestId('row-count')).toHaveText(`${total - 1} van ${total - 1} items`);
  expect(archivedAt()).not.toBeNull();

  await screen.getByRole('checkbox', { name: 'Toon gearchiveerde' }).check();
  await expect(card(page, offering.name)).toContainText('gearchiveerd');
  await card(page, offering.name).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'catalogue-archived.png') });
  await card(page, offering.name).click();
  await page.getByRole('dialog', { name: `${offering.name} bewerken` }).getByRole('button', { name: 'Terugzetten' }).click();
  await expect(card(page, offering.name)).not.toContainText('gearchiveerd');
  expect(archivedAt()).toBeNull();
  await screen.getByRole('checkbox', { name: 'Toon gearchiveerde' }).uncheck();
  await expect(screen.getByTestId('row-count')).toHaveText(`${total} van ${total} items`);
});
