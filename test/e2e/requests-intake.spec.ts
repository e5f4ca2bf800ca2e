import type { Locator, Page } from '@playwright/test';
import { expect, test, type E2EWorkspace } from './harness/fixtures';
import { dataTable, openScreen, rowCountText } from './harness/screens';

// The intake form, the table view and the detail panel on a real database: what is typed ends up in the database,
// a wrong value is refused next to its field without losing input, and every later change is listed in words.

const SHOTS = '/tmp/shots-requests';

interface Pick { smeId: number; smeLabel: string; offering: string; owner: string }

/** An existing demo company (with the label the form shows), an offering and a staff member. */
function demoChoices(workspace: E2EWorkspace): Pick {
  const sme = workspace.db.prepare(`SELECT id, name, municipality FROM smes
    WHERE archived_at IS NULL AND merged_into_id IS NULL AND municipality IS NOT NULL ORDER BY name DESC LIMIT 1`)
    .get() as { id: number; name: string; municipality: string };
  const offering = workspace.db.prepare(`SELECT name FROM offerings WHERE archived_at IS NULL ORDER BY name LIMIT 1`).pluck().get() as string;
  const owner = workspace.db.prepare(`SELECT name FROM staff WHERE archived_at IS NULL ORDER BY name LIMIT 1`).pluck().get() as string;
  return { smeId: sme.id, smeLabel: `${sme.name} (${sme.municipality})`, offering, owner };
}

const countRequests = (workspace: E2EWorkspace) => workspace.count(`SELECT count(*) FROM requests`);

async function fillIntake(panel: Locator, pick: Pick): Promise<void> {
  await panel.getByRole('combobox', { name: /^Bedrijf/ }).selectOption({ label: pick.smeLabel });
  await panel.getByLabel('Menukaart-item').selectOption({ label: pick.offering });
  await panel.getByLabel('Vraag van het bedrijf').fill('Wij willen onze klanten online beter bereiken en tijd besparen op de administratie.');
  await panel.getByLabel('Digitale volwassenheid').fill('11');
  const goals = panel.getByTestId('goals');
  await goals.getByRole('checkbox', { name: 'tijd besparen' }).check();
  await goals.getByRole('checkbox', { name: 'meer klanten online' }).check();
  // A free entry of our own, added with Enter (which must not submit the form).
  await goals.getByLabel('Anders, namelijk').fill('webshop koppelen aan boekhouding');
  await goals.getByLabel('Anders, namelijk').press('Enter');
  await expect(goals.getByRole('checkbox', { name: 'webshop koppelen aan boekhouding' })).toBeChecked();
  await panel.getByTestId('obstacles').getByRole('checkbox', { name: 'geen tijd' }).check();
  await panel.getByLabel('Hoe bij de werkplaats gekomen').fill('LinkedIn');
  await panel.getByLabel('Gewenst vanaf').fill('2027-02-01');
  await panel.getByLabel('Gewenst tot en met').fill('2027-04-30');
  await panel.getByLabel('Prioriteit').selectOption({ label: 'hoog' });
  await panel.getByLabel('Eigenaar').selectOption({ label: pick.owner });
}

async function openTable(page: Page): Promise<Locator> {
  const screen = await openScreen(page, 'requests');
  await expect(screen.getByRole('group', { name: 'Weergave' }).getByRole('button', { name: 'Tabel' })).toHaveAttribute('aria-pressed', 'true');
  return screen;
}

test('a request is taken in through the form; maturity 11 is refused next to the field and nothing typed is lost', async ({ page, workspace }) => {
  const pick = demoChoices(workspace);
  const screen = await openTable(page);
  const before = countRequests(workspace);
  await screen.getByRole('button', { name: 'Nieuwe aanvraag' }).click();
  const panel = page.getByRole('dialog', { name: 'Nieuwe aanvraag' });
  await expect(panel).toBeVisible();

  // Saving with nothing chosen names the missing company.
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await expect(panel.getByRole('combobox', { name: /^Bedrijf/ })).toHaveAccessibleDescription('Vul dit veld in.');

  await fillIntake(panel, pick);
  await page.screenshot({ path: `${SHOTS}/form.png` });
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  const maturity = panel.getByLabel('Digitale volwassenheid');
  await expect(maturity).toHaveAccessibleDescription('Een cijfer van 1 tot en met 10.');
  await expect(maturity).toHaveAttribute('aria-invalid', 'true');
  await expect(maturity).toHaveValue('11');
  await expect(panel.getByRole('alert').first()).toContainText('Er is 1 veld dat aandacht nodig heeft.');
  await expect(panel.getByLabel('Vraag van het bedrijf')).toHaveValue(/tijd besparen op de administratie/);
  await expect(panel.getByTestId('goals').getByRole('checkbox', { name: 'webshop koppelen aan boekhouding' })).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/form-error.png` });
  expect(countRequests(workspace)).toBe(before);

  await maturity.fill('4');
  await expect(maturity).not.toHaveAttribute('aria-invalid', 'true');
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('toast').last()).toHaveText(/Aanvraag toegevoegd/);

  expect(countRequests(workspace)).toBe(before + 1);
  const row = workspace.db.prepare(`SELECT r.*, o.name AS offering, s.name AS owner FROM requests r
    LEFT JOIN offerings o ON o.id = r.offering_id LEFT JOIN staff s ON s.id = r.owner_staff_id ORDER BY r.id DESC LIMIT 1`)
    .get() as Record<string, unknown>;
  expect(row).toMatchObject({
    sme_id: pick.smeId, offering: pick.offering, owner: pick.owner, digital_maturity: 4, channel: 'LinkedIn',
    preferred_start: '2027-02-01', preferred_end: '2027-04-30', priority: 'high', status: 'new',
  });
  expect(JSON.parse(row.goals as string)).toEqual(['tijd besparen', 'meer klanten online', 'webshop koppelen aan boekhouding']);
  expect(JSON.parse(row.obstacles as string)).toEqual(['geen tijd']);
  expect(workspace.count(`SELECT count(*) FROM request_status_history WHERE request_id = ?`, row.id)).toBe(1);

  // The new request is in the table straight away.
  const table = dataTable(screen, 'requests');
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(workspace.count(`SELECT count(*) FROM requests WHERE archived_at IS NULL`)));
  await page.screenshot({ path: `${SHOTS}/table.png` });
});

test('the detail panel edits a request, lists the change in words, archives and restores it', async ({ page, workspace }) => {
  const pick = demoChoices(workspace);
  const { id } = workspace.call('requests:create', {
    smeId: pick.smeId, question: 'Hoe maken we onze website veiliger?', digitalMaturity: 5, goals: ['veiliger werken'],
    priority: 'normal', receivedOn: '2026-10-05',
  });
  const smeName = pick.smeLabel.replace(/ \(.*\)$/, '');
  const screen = await openTable(page);
  const table = dataTable(screen, 'requests');
  await table.getByRole('searchbox', { name: 'Zoeken' }).fill('veiliger');
  await table.getByTestId('table-row').filter({ hasText: smeName }).first().click();
  const detail = page.getByRole('dialog', { name: smeName });
  await expect(detail).toBeVisible();
  await expect(detail.getByTestId('request-facts')).toContainText('5 van 10');
  await expect(detail.getByTestId('request-facts')).toContainText('veiliger werken');

  // Bewerken opens the form with the stored values; change the priority and the maturity.
  await detail.getByRole('button', { name: 'Bewerken' }).click();
  const form = page.getByRole('dialog', { name: 'Aanvraag bewerken' });
  await expect(form.getByLabel('Digitale volwassenheid')).toHaveValue('5');
  await expect(form.getByLabel('Ontvangen op')).toHaveValue('2026-10-05');
  await form.getByLabel('Prioriteit').selectOption({ label: 'hoog' });
  await form.getByLabel('Digitale volwassenheid').fill('7');
  await form.getByLabel('Eigenaar').selectOption({ label: pick.owner });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
  await expect.poll(() => workspace.db.prepare(`SELECT priority || '/' || digital_maturity FROM requests WHERE id = ?`).pluck().get(id)).toBe('high/7');

  // The detail panel, still open, shows the new values and the change in words with field labels.
  const changes = detail.getByTestId('change-history');
  await expect(changes).toContainText('Aanvraag bewerken');
  await expect(changes).toContainText('Prioriteit: normaal → hoog');
  await expect(changes).toContainText('Digitale volwassenheid: 5/10 → 7/10');
  await expect(changes).toContainText(`Eigenaar: (leeg) → ${pick.owner}`);
  await expect(changes).toContainText('door e2e');
  await expect(detail.getByTestId('request-facts')).toContainText('7 van 10');
  await page.screenshot({ path: `${SHOTS}/detail-changes.png` });
  await detail.getByTestId('change-history').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/detail-changes-scrolled.png` });

  // Status wijzigen… from the panel, with a choice of status.
  await detail.getByRole('button', { name: 'Status wijzigen…' }).click();
  const statusDialog = page.getByRole('dialog', { name: 'Status wijzigen' });
  await statusDialog.getByLabel('Nieuwe status').selectOption({ label: 'intake gepland' });
  await statusDialog.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(statusDialog).toBeHidden();
  await expect.poll(() => workspace.db.prepare(`SELECT status FROM requests WHERE id = ?`).pluck().get(id)).toBe('intake_planned');
  await expect(detail.getByTestId('status-history').getByRole('listitem')).toHaveCount(2);

  // Archive: the request leaves the list but the panel stays, offering to restore it.
  const open = () => workspace.count(`SELECT count(*) FROM requests WHERE archived_at IS NULL`);
  const openBefore = open();
  await detail.getByRole('button', { name: 'Archiveren' }).click();
  await expect(detail.getByRole('button', { name: 'Terugzetten' })).toBeVisible();
  expect(open()).toBe(openBefore - 1);
  await expect(detail.getByRole('button', { name: 'Bewerken' })).toBeDisabled();
  await expect(changes).toContainText('Gearchiveerd');
  await detail.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(detail.getByRole('button', { name: 'Archiveren' })).toBeVisible();
  expect(open()).toBe(openBefore);
  await expect(changes).toContainText('Teruggezet uit het archief');

  // Escape closes the panel.
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
});
