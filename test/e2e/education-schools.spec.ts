import { reloadApp } from './harness/app';
import { expect, test } from './harness/fixtures';
import { dataTable, openScreen, rowCountText } from './harness/screens';
import { openTab, panel, row, shot } from './education-steps';

// Schools and programmes on the Onderwijs screen, from an empty workspace: every create shows up in the table,
// validation speaks Dutch next to the field and keeps what was typed, archive and restore are reversible.
test.use({ startWith: 'empty' });

const BRIN_MESSAGE = 'Een BRIN-code is 2 cijfers gevolgd door 2 letters of cijfers, zoals 25LX.';

test('a school is created through the form; a bad BRIN is refused next to the field and nothing typed is lost', async ({ page, workspace }) => {
  const screen = await openTab(page, 'Scholen');
  const table = dataTable(screen, 'schools');
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(0));

  await screen.getByRole('button', { name: '+ School toevoegen' }).click();
  const form = panel(page, 'School toevoegen');
  await expect(form).toBeVisible();
  // The panel starts in its first field.
  await expect(form.getByLabel(/^Naam/)).toBeFocused();
  await form.getByLabel(/^Naam/).fill('Hogeschool Noorderpoort');
  await form.getByLabel(/^Afkorting/).fill('HNP');
  await form.getByLabel(/^BRIN-code/).fill('2X');
  await form.getByLabel(/^Soort onderwijs/).selectOption({ label: 'hbo' });
  await form.getByLabel(/^Vakantieregio/).selectOption({ label: 'Noord' });
  await form.getByLabel(/^Gemeente/).fill('Groningen');
  await form.getByLabel(/^E-mailadres contactpersoon/).fill('niet-een-adres');
  await form.getByRole('button', { name: 'Opslaan' }).click();

  // Both problems are named next to their own fields, in Dutch; the panel stays open with everything typed.
  const brin = form.getByLabel(/^BRIN-code/);
  await expect(brin).toHaveAttribute('aria-invalid', 'true');
  await expect(brin).toHaveAccessibleDescription(BRIN_MESSAGE);
  await expect(form.getByLabel(/^E-mailadres contactpersoon/)).toHaveAccessibleDescription('Gebruik een e-mailadres als naam@bedrijf.nl.');
  await expect(form.getByRole('alert').filter({ hasText: 'Er zijn 2 velden die aandacht nodig hebben.' })).toBeVisible();
  await expect(form.getByLabel(/^Naam/)).toHaveValue('Hogeschool Noorderpoort');
  await expect(form.getByLabel(/^Afkorting/)).toHaveValue('HNP');
  await expect(brin).toHaveValue('2X');
  await expect(form.getByLabel(/^Vakantieregio/)).toHaveValue('noord');
  await shot(page, 'school-form-errors');
  expect(workspace.count(`SELECT count(*) FROM schools`)).toBe(0);

  // Typing clears the field's message; the BRIN is stored upper case.
  await brin.fill('21np');
  await expect(brin).toHaveAttribute('aria-invalid', 'false');
  await form.getByLabel(/^E-mailadres contactpersoon/).fill('planning@noorderpoort.nl');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();

  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(1));
  const created = row(table, 'Hogeschool Noorderpoort');
  await expect(created).toContainText('21NP');
  await expect(created).toContainText('Noord');
  expect(workspace.db.prepare(`SELECT name, short_name AS shortName, kind, brin, holiday_region AS region, municipality, contact_email AS email FROM schools`).all())
    .toEqual([{ name: 'Hogeschool Noorderpoort', shortName: 'HNP', kind: 'hbo', brin: '21NP', region: 'noord', municipality: 'Groningen', email: 'planning@noorderpoort.nl' }]);
  await shot(page, 'tab-schools');

  // A second school with the same BRIN: the core refuses, and says so next to the BRIN field.
  await screen.getByRole('button', { name: '+ School toevoegen' }).click();
  await form.getByLabel(/^Naam/).fill('Noorderpoort Techniek');
  await form.getByLabel(/^BRIN-code/).fill('21NP');
  await form.getByLabel(/^Soort onderwijs/).selectOption({ label: 'mbo' });
  await form.getByLabel(/^Vakantieregio/).selectOption({ label: 'Noord' });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByLabel(/^BRIN-code/)).toHaveAccessibleDescription('BRIN-code 21NP hoort al bij Hogeschool Noorderpoort.');
  await expect(form.getByLabel(/^Naam/)).toHaveValue('Noorderpoort Techniek');
  await form.getByRole('button', { name: 'Annuleren' }).click();
  await expect(form).toBeHidden();
  // Focus returns to the button that opened the panel.
  await expect(screen.getByRole('button', { name: '+ School toevoegen' })).toBeFocused();
  expect(workspace.count(`SELECT count(*) FROM schools`)).toBe(1);
});

test('a school is edited, archived and restored from its row', async ({ page, workspace }) => {
  workspace.call('schools:create', { name: 'ROC Rivierstad', kind: 'mbo', brin: '25RR', holidayRegion: 'midden' });
  workspace.call('schools:create', { name: 'Hogeschool Zuiderkempen', kind: 'hbo', brin: '30ZK', holidayRegion: 'zuid' });
  const screen = await openTab(page, 'Scholen');
  const table = dataTable(screen, 'schools');
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(2));

  await table.getByRole('button', { name: 'Bewerken: ROC Rivierstad' }).click();
  const form = panel(page, 'School bewerken');
  await expect(form.getByLabel(/^Naam/)).toHaveValue('ROC Rivierstad');
  await expect(form.getByLabel(/^Vakantieregio/)).toHaveValue('midden');
  await form.getByLabel(/^Contactpersoon/).fill('Mw. A. de Vries');
  await shot(page, 'school-form-edit');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
  await expect(row(table, 'ROC Rivierstad')).toContainText('Mw. A. de Vries');

  // Archive: gone from the list, kept in the database, back with the toggle and restorable.
  await table.getByRole('button', { name: 'Archiveren: ROC Rivierstad' }).click();
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(1));
  await expect(row(table, 'ROC Rivierstad')).toHaveCount(0);
  expect(workspace.count(`SELECT count(*) FROM schools WHERE name = 'ROC Rivierstad' AND archived_at IS NOT NULL`)).toBe(1);

  await table.getByLabel('Toon gearchiveerde (1)').check();
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(2));
  await expect(row(table, 'ROC Rivierstad')).toContainText('gearchiveerd');
  await table.getByRole('button', { name: 'Terugzetten: ROC Rivierstad' }).click();
  await expect(row(table, 'ROC Rivierstad')).not.toContainText('gearchiveerd');
  expect(workspace.count(`SELECT count(*) FROM schools WHERE archived_at IS NOT NULL`)).toBe(0);

  // Archive from inside the panel too.
  await table.getByRole('button', { name: 'Bewerken: Hogeschool Zuiderkempen' }).click();
  await form.getByRole('button', { name: 'Archiveren' }).click();
  await expect(form).toBeHidden();
  await expect(row(table, 'Hogeschool Zuiderkempen')).toContainText('gearchiveerd');
  expect(workspace.count(`SELECT count(*) FROM schools WHERE name = 'Hogeschool Zuiderkempen' AND archived_at IS NOT NULL`)).toBe(1);
});

test('a programme is created with its themes and coaches, then archived and restored', async ({ page, workspace }) => {
  workspace.call('schools:create', { name: 'ROC Rivierstad', kind: 'mbo', brin: '25RR', holidayRegion: 'midden' });
  const screen = await openTab(page, 'Opleidingen');
  const table = dataTable(screen, 'programmes');
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(0));

  await screen.getByRole('button', { name: '+ Opleiding toevoegen' }).click();
  const form = panel(page, 'Opleiding toevoegen');
  // The only school is chosen already.
  await expect(form.getByLabel(/^School/)).toHaveValue(String(workspace.count(`SELECT id FROM schools`)));
  await form.getByLabel(/^Naam van de opleiding/).fill('Software Developer');
  await form.getByLabel(/^Crebo/).fill('2560');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByLabel(/^Niveau/)).toHaveAccessibleDescription('Maak een keuze.');
  await expect(form.getByLabel(/^Crebo/)).toHaveAccessibleDescription('Een opleidingscode (crebo) heeft 5 cijfers.');
  await expect(form.getByLabel(/^Naam van de opleiding/)).toHaveValue('Software Developer');

  await form.getByLabel(/^Niveau/).selectOption({ label: 'mbo 4' });
  await form.getByLabel(/^Crebo/).fill('25604');
  const themes = form.getByRole('group', { name: 'Thema’s waar de opleiding aan kan werken' });
  await themes.getByLabel('Website & webshop').check();
  await themes.getByLabel('Automatisering & processen').check();
  await form.getByLabel(/^Begeleiders/).fill('Mw. de Vries, Dhr. Bakker');
  await shot(page, 'programme-form');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();

  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(1));
  const created = row(table, 'Software Developer');
  await expect(created).toContainText('mbo 4');
  await expect(created).toContainText('Website & webshop');
  await expect(created).toContainText('Automatisering & processen');
  await expect(created).toContainText('Mw. de Vries, Dhr. Bakker');
  const id = workspace.count(`SELECT id FROM programmes`);
  expect(workspace.db.prepare(`SELECT theme FROM programme_themes WHERE programme_id = ? ORDER BY theme`).pluck().all(id))
    .toEqual(['automation_processes', 'website_webshop']);
  expect(JSON.parse(workspace.db.prepare(`SELECT coaches FROM programmes`).pluck().get() as string)).toEqual(['Mw. de Vries', 'Dhr. Bakker']);
  await shot(page, 'tab-programmes');

  // Edit: drop a theme.
  await table.getByRole('button', { name: 'Bewerken: Software Developer (ROC Rivierstad)' }).click();
  const edit = panel(page, 'Opleiding bewerken');
  await edit.getByRole('group', { name: 'Thema’s waar de opleiding aan kan werken' }).getByLabel('Automatisering & processen').uncheck();
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit).toBeHidden();
  await expect(created).not.toContainText('Automatisering & processen');
  expect(workspace.db.prepare(`SELECT theme FROM programme_themes WHERE programme_id = ?`).pluck().all(id)).toEqual(['website_webshop']);

  await table.getByRole('button', { name: 'Archiveren: Software Developer (ROC Rivierstad)' }).click();
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(0));
  expect(workspace.count(`SELECT count(*) FROM programmes WHERE archived_at IS NOT NULL`)).toBe(1);
  await table.getByLabel('Toon gearchiveerde (1)').check();
  await table.getByRole('button', { name: 'Terugzetten: Software Developer (ROC Rivierstad)' }).click();
  await expect(row(table, 'Software Developer')).not.toContainText('gearchiveerd');
  expect(workspace.count(`SELECT count(*) FROM programmes WHERE archived_at IS NULL`)).toBe(1);
});

test('in English the forms and their messages are English too', async ({ page, workspace }) => {
  workspace.call('settings:set', { language: 'en' });
  await reloadApp(page);
  const screen = await openScreen(page, 'education', 'en');
  await screen.getByRole('button', { name: '+ Add school' }).click();
  const form = panel(page, 'Add school');
  await form.getByLabel(/^Name/).fill('Northgate University');
  await form.getByLabel(/^BRIN code/).fill('X1');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByLabel(/^BRIN code/)).toHaveAccessibleDescription('A BRIN code is 2 digits followed by 2 letters or digits, like 25LX.');
  await expect(form.getByLabel(/^Holiday region/)).toHaveAccessibleDescription('Make a choice.');
  await expect(form.getByLabel(/^Name/)).toHaveValue('Northgate University');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await screen.getByRole('tab', { name: 'Terms' }).click();
  await expect(screen.getByLabel('Import school holidays')).toBeAttached();
  await expect(screen.getByRole('button', { name: 'Copy school year' })).toBeVisible();
});
