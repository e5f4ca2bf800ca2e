import { expect, test } from './harness/fixtures';
import { dataTable, openScreen, rowCountText } from './harness/screens';

// Every screen, reached by clicking the navigation, shows what the workspace's database holds. Expected numbers
// come from SQL on the test's own database file, not from the renderer.

const REQUEST_STATUS_NL: Record<string, string> = {
  new: 'nieuw', intake_planned: 'intake gepland', intake_done: 'intake gedaan', ready_for_matching: 'klaar voor matching',
  matched: 'gematcht', running: 'lopend', delivered: 'opgeleverd', evaluated: 'geëvalueerd', closed: 'afgesloten',
  rejected: 'afgewezen', withdrawn: 'ingetrokken',
};

test('Aanvragen lists every open request and filters by status', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'requests');
  const table = dataTable(screen, 'requests');
  const total = workspace.count(`SELECT count(*) FROM requests WHERE archived_at IS NULL`);
  expect(total).toBeGreaterThan(0);
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(total));

  const { status, n } = workspace.db
    .prepare(`SELECT status, count(*) AS n FROM requests WHERE archived_at IS NULL GROUP BY status ORDER BY n DESC LIMIT 1`)
    .get() as { status: string; n: number };
  const label = REQUEST_STATUS_NL[status]!;
  const statusButton = screen.getByRole('button', { name: `Toon alleen status ${label}: ${n}`, exact: true });
  await statusButton.click();
  await expect(statusButton).toHaveAttribute('aria-pressed', 'true');
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(n));
  await expect(table.getByTestId('table-row').first()).toContainText(label);
  await screen.getByRole('button', { name: /Alle statussen/ }).click();
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(total));
});

test('MKB-bedrijven lists every SME and finds one by KvK number', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'smes');
  const table = dataTable(screen, 'smes');
  const total = workspace.count(`SELECT count(*) FROM smes WHERE merged_into_id IS NULL AND archived_at IS NULL`);
  expect(total).toBeGreaterThan(0);
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(total));

  // The last name alphabetically is far below the fold of the virtualised table.
  const last = workspace.db
    .prepare(`SELECT name, kvk FROM smes WHERE merged_into_id IS NULL AND archived_at IS NULL ORDER BY name COLLATE NOCASE DESC LIMIT 1`)
    .get() as { name: string; kvk: string };
  await expect(table.getByRole('row').filter({ hasText: last.kvk })).toHaveCount(0);
  await table.getByRole('searchbox', { name: 'Zoeken' }).fill(last.kvk);
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(1, total));
  await expect(table.getByTestId('table-row')).toHaveCount(1);
  await expect(table.getByTestId('table-row')).toContainText(last.name);
});

test('Onderwijs shows schools, programmes, terms with their weeks, and capacity', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'education');
  const tabs = [
    { tab: 'Scholen', table: 'schools', sql: `SELECT count(*) FROM schools` },
    { tab: 'Opleidingen', table: 'programmes', sql: `SELECT count(*) FROM programmes` },
    { tab: 'Perioden', table: 'terms', sql: `SELECT count(*) FROM terms` },
    { tab: 'Capaciteit', table: 'cohorts', sql: `SELECT count(*) FROM cohorts WHERE archived_at IS NULL` },
  ];
  for (const { tab, table, sql } of tabs) {
    await screen.getByRole('tab', { name: tab }).click();
    await expect(screen.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    const n = workspace.count(sql);
    expect(n, tab).toBeGreaterThan(0);
    await expect(dataTable(screen, table).getByTestId('row-count'), tab).toHaveText(rowCountText(n));
  }

  // A term's weeks: pick the first row of the terms table.
  await screen.getByRole('tab', { name: 'Perioden' }).click();
  const terms = dataTable(screen, 'terms');
  const firstRow = terms.getByTestId('table-row').first();
  const termId = Number(await firstRow.getAttribute('data-row-id'));
  await firstRow.click();
  const weeks = workspace.count(`SELECT count(*) FROM term_weeks WHERE term_id = ?`, termId);
  await expect(screen.getByTestId('week-strip').locator('li')).toHaveCount(weeks);
});

test('Menukaart shows one card per offering', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'catalogue');
  const n = workspace.count(`SELECT count(*) FROM offerings`);
  expect(n).toBeGreaterThan(0);
  await expect(screen.getByTestId('row-count')).toHaveText(`${n} van ${n} items`);
  await expect(screen.getByTestId('offering-card')).toHaveCount(n);

  const theme = workspace.db.prepare(`SELECT theme, count(*) AS c FROM offerings GROUP BY theme ORDER BY c DESC LIMIT 1`)
    .get() as { theme: string; c: number };
  const themeLabel = { online_marketing_sales: 'Online marketing & verkoop', website_webshop: 'Website & webshop',
    data_dashboards: 'Data & dashboards', automation_processes: 'Automatisering & processen',
    cyber_hygiene: 'Cyberhygiëne', other: 'Overig' }[theme.theme]!;
  await screen.getByLabel('Thema').selectOption({ label: themeLabel });
  await expect(screen.getByTestId('offering-card')).toHaveCount(theme.c);
});

test('Uren & kosten opens on the timesheet and lists every funder', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'hours');
  await expect(screen.getByRole('tab', { name: 'Urenstaat' })).toHaveAttribute('aria-selected', 'true');
  await screen.getByRole('tab', { name: 'Financiers' }).click();
  await expect(dataTable(screen, 'funders').getByTestId('row-count')).toHaveText(
    rowCountText(workspace.count(`SELECT count(*) FROM funders WHERE archived_at IS NULL`)),
  );
});

test('Rapportage shows the key figures of the chosen period', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'reports');
  const from = screen.getByLabel('Van');
  const to = screen.getByLabel('Tot en met');
  const check = async () => {
    const summary = workspace.call('reports:summary', { from: await from.inputValue(), to: await to.inputValue() });
    await expect(screen.getByTestId('kpi-smes').locator('.kpi-value')).toHaveText(summary.uniqueSmes.toLocaleString('nl-NL'));
    await expect(screen.getByTestId('kpi-delivered').locator('.kpi-value')).toHaveText(
      summary.assignmentsDelivered.toLocaleString('nl-NL'),
    );
    return summary;
  };
  const year = await check();
  expect(year.uniqueSmes).toBeGreaterThan(0);

  // A shorter period: the figures follow.
  const start = await from.inputValue();
  const shortEnd = `${start.slice(0, 7)}-20`;
  await to.fill(shortEnd);
  await expect(to).toHaveValue(shortEnd);
  const month = await check();
  expect(month.uniqueSmes).toBeLessThanOrEqual(year.uniqueSmes);
});

test('Instellingen shows the open workspace file and its schema version', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'settings');
  await expect(screen.getByTestId('workspace-file')).toHaveText(workspace.host.current.file);
  await expect(screen.getByTestId('schema-version')).toHaveText(String(workspace.db.pragma('user_version', { simple: true })));
  await expect(screen.getByTestId('workspace-details')).toContainText('ja (omvang: klein)');
  await expect(screen.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
});
