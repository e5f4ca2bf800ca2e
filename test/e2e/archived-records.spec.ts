import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { dataTable, openScreen } from './harness/screens';
import { openTab, row } from './education-steps';

// Archived records can be found and restored on every screen that archives them: here the two that used to lose
// them (requests and cohorts), checked in the database after every step.

const SHOTS = process.env.WP_SHOTS_DIR ?? '/tmp/shots-h6';

async function serious(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

test('an archived request leaves the pipeline, is found under "show archived", and comes back on restore', async ({ page, workspace }) => {
  const request = workspace.db.prepare(`SELECT r.id, s.name FROM requests r JOIN smes s ON s.id = r.sme_id
    WHERE r.archived_at IS NULL AND r.status = 'ready_for_matching'
    ORDER BY r.id LIMIT 1`).get() as { id: number; name: string };
  const archivedAt = () => workspace.db.prepare(`SELECT archived_at FROM requests WHERE id = ?`).pluck().get(request.id);
  // One request is in the archive already, so the board's link to the archive shows throughout.
  const other = workspace.count(`SELECT id FROM requests WHERE archived_at IS NULL AND id <> ? ORDER BY id LIMIT 1`, request.id);
  workspace.call('requests:archive', { id: other, archived: true });
  const alreadyArchived = workspace.count(`SELECT count(*) FROM requests WHERE archived_at IS NOT NULL`);

  const screen = await openScreen(page, 'requests');
  await screen.getByRole('group', { name: 'Weergave' }).getByRole('button', { name: 'Tabel' }).click();
  const table = dataTable(screen, 'requests');
  await table.getByTestId('table-search').fill(request.name);
  const line = table.locator(`[data-testid="table-row"][data-row-id="${request.id}"]`);
  await line.click();
  const detail = page.getByTestId('request-detail');
  await detail.getByRole('button', { name: 'Archiveren' }).click();
  await expect(detail.getByText('gearchiveerd', { exact: true })).toBeVisible();
  await expect.poll(archivedAt).not.toBeNull();
  await detail.getByRole('button', { name: 'Paneel sluiten' }).click();
  await expect(line).toHaveCount(0);

  const toggle = table.getByRole('checkbox', { name: /^Toon gearchiveerde/ });
  await expect(toggle).toHaveAccessibleName(`Toon gearchiveerde (${alreadyArchived + 1})`);
  await toggle.check();
  await expect(line).toContainText('gearchiveerd');
  expect(await serious(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/requests-archived.png` });

  await line.click();
  await expect(detail.getByText('gearchiveerd', { exact: true })).toBeVisible();
  await expect(detail.getByRole('button', { name: 'Bewerken' })).toBeDisabled();
  await detail.getByRole('button', { name: 'Terugzetten' }).click();
  await expect.poll(archivedAt).toBeNull();
  await expect(detail.getByRole('button', { name: 'Bewerken' })).toBeEnabled();
  await detail.getByRole('button', { name: 'Paneel sluiten' }).click();
  await expect(toggle).toHaveAccessibleName(`Toon gearchiveerde (${alreadyArchived})`);
  await toggle.uncheck();
  await expect(line).toBeVisible();
  await expect(line).not.toContainText('gearchiveerd');

  // Back in the pipeline: on the board in its own column.
  await screen.getByRole('group', { name: 'Weergave' }).getByRole('button', { name: 'Bord' }).click();
  const board = screen.getByTestId('request-board');
  await board.getByRole('searchbox', { name: 'Zoeken op het bord' }).fill(request.name);
  await expect(board.getByTestId('column-ready_for_matching').locator(`[data-request-id="${request.id}"]`)).toBeVisible();

  // From the board, the archive is one click away: the table with "show archived" on.
  await page.screenshot({ path: `${SHOTS}/requests-board.png` });
  await board.getByTestId('board-archived').click();
  await expect(table.getByRole('checkbox', { name: /^Toon gearchiveerde/ })).toBeChecked();
  const otherSme = workspace.db.prepare(`SELECT s.name FROM requests r JOIN smes s ON s.id = r.sme_id WHERE r.id = ?`).pluck().get(other) as string;
  await table.getByTestId('table-search').fill(otherSme);
  await expect(table.locator(`[data-testid="table-row"][data-row-id="${other}"]`)).toContainText('gearchiveerd');
});

test('an archived cohort is found under "show archived" in Capaciteit and restored with its teams', async ({ page, workspace }) => {
  const cohort = workspace.db.prepare(`SELECT c.id, p.name AS programme, t.name AS term, t.school_year AS year, c.team_count AS teams
    FROM cohorts c JOIN programmes p ON p.id = c.programme_id JOIN terms t ON t.id = c.term_id
    WHERE c.archived_at IS NULL ORDER BY c.id LIMIT 1`).get() as { id: number; programme: string; term: string; year: string; teams: number };
  const name = `${cohort.programme} ${cohort.term} ${cohort.year}`;
  const archivedAt = () => workspace.db.prepare(`SELECT archived_at FROM cohorts WHERE id = ?`).pluck().get(cohort.id);

  const screen = await openTab(page, 'Capaciteit');
  const cohorts = dataTable(screen, 'cohorts');
  await cohorts.getByRole('button', { name: `Archiveren: ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Capaciteit archiveren?' });
  await confirm.getByRole('button', { name: 'Archiveren' }).click();
  await expect(confirm).toBeHidden();
  await expect.poll(archivedAt).not.toBeNull();
  await expect(cohorts.getByRole('button', { name: `Archiveren: ${name}` })).toHaveCount(0);

  await cohorts.getByRole('checkbox', { name: 'Toon gearchiveerde (1)' }).check();
  const restore = cohorts.getByRole('button', { name: `Terugzetten: ${name}` });
  await expect(restore).toBeVisible();
  await expect(row(cohorts, cohort.programme).filter({ has: page.getByRole('button', { name: `Terugzetten: ${name}` }) })).toContainText('gearchiveerd');
  expect(await serious(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/cohorts-archived.png` });

  await restore.click();
  await expect.poll(archivedAt).toBeNull();
  await expect(cohorts.getByRole('button', { name: `Archiveren: ${name}` })).toBeVisible();
  expect(workspace.count(`SELECT count(*) FROM teams WHERE cohort_id = ?`, cohort.id)).toBe(cohort.teams);
  await expect(cohorts.getByRole('checkbox', { name: 'Toon gearchiveerde' })).toHaveAccessibleName('Toon gearchiveerde');
});

test('the menukaart as a table: an archived item shows under "show archived" and opens to be restored', async ({ page, workspace }) => {
  const offering = workspace.db.prepare(`SELECT id, name FROM offerings WHERE archived_at IS NULL ORDER BY name LIMIT 1`).get() as { id: number; name: string };
  workspace.call('offerings:archive', { id: offering.id, archived: true });
  const archivedCount = workspace.count(`SELECT count(*) FROM offerings WHERE archived_at IS NOT NULL`);

  const screen = await openScreen(page, 'catalogue');
  await screen.getByRole('group', { name: 'Weergave' }).getByRole('button', { name: 'Tabel' }).click();
  const table = dataTable(screen, 'offerings');
  const line = table.locator(`[data-testid="table-row"][data-row-id="${offering.id}"]`);
  await expect(table.getByTestId('table-row').first()).toBeVisible();
  await expect(line).toHaveCount(0);
  await table.getByRole('checkbox', { name: `Toon gearchiveerde (${archivedCount})` }).check();
  await expect(line).toContainText('gearchiveerd');
  expect(await serious(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/catalogue-table-archived.png` });

  await line.click();
  const form = page.getByRole('dialog', { name: `${offering.name} bewerken` });
  await form.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(form).toBeHidden();
  await expect.poll(() => workspace.db.prepare(`SELECT archived_at FROM offerings WHERE id = ?`).pluck().get(offering.id)).toBeNull();
  await expect(line).not.toContainText('gearchiveerd');
});
