import { reloadApp } from './harness/app';
import { loadDemo } from './harness/demo';
import { expect, test } from './harness/fixtures';
import { openScreen } from './harness/screens';

// The planner on the large demo (10× a werkplaats-year): a whole school year has hundreds of teams over more
// than 50 terms (two snapshot calls). Only the rows in view are in the page, scrolling reaches the last team,
// and a drag still plans a request in the database. Frame times are printed for people, never asserted.

const SHOTS = '/tmp/shots-planner';

test.use({ startWith: 'empty' });

test('a whole school year of the large demo renders only the rows in view and still plans by drag', async ({ page, workspace }) => {
  test.slow();
  (await loadDemo()).generateDemo(workspace.db, { scale: 'large' });
  await reloadApp(page);
  const screen = await openScreen(page, 'planner');
  await screen.getByTestId('term-picker').click();
  const picker = screen.getByTestId('term-picker-panel');
  const year = await picker.getByLabel('Schooljaar', { exact: true }).inputValue();
  await picker.getByRole('checkbox', { name: 'Hele schooljaar' }).check();
  await picker.getByRole('button', { name: 'Klaar' }).click();
  await expect(screen.getByTestId('term-picker')).toContainText(`Hele schooljaar ${year}`);

  const teams = workspace.count(`SELECT count(*) FROM teams tm JOIN cohorts c ON c.id = tm.cohort_id JOIN terms t ON t.id = c.term_id
    WHERE t.school_year = ? AND t.archived_at IS NULL AND c.archived_at IS NULL`, year);
  const terms = workspace.count(`SELECT count(*) FROM terms WHERE school_year = ? AND archived_at IS NULL`, year);
  expect(teams).toBeGreaterThan(500);
  expect(terms).toBeGreaterThan(50);
  const summary = screen.getByTestId('planner-summary');
  await expect(summary).toContainText(`${teams.toLocaleString('nl-NL')} teams`);
  const rendered = await screen.getByTestId('team-row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  await page.screenshot({ path: `${SHOTS}/large-year.png` });

  // Scroll through everything: the last team's row is reached, and the page still holds only a window of rows.
  const frames = await page.evaluate(async () => {
    const s = document.querySelector<HTMLElement>('[data-testid="planner-grid"]')!;
    const gaps: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 60; i++) {
      s.scrollTop += s.scrollHeight / 60;
      s.scrollLeft = (i % 10) * 40;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }
    gaps.sort((a, b) => a - b);
    return { median: gaps[30], p95: gaps[57] };
  });
  console.log(`large demo, scrolling a whole year: median frame ${frames.median?.toFixed(1)} ms, p95 ${frames.p95?.toFixed(1)} ms`);
  const lastTeam = workspace.db.prepare(`SELECT tm.id FROM teams tm JOIN cohorts c ON c.id = tm.cohort_id JOIN terms t ON t.id = c.term_id
    JOIN programmes p ON p.id = c.programme_id JOIN schools s ON s.id = p.school_id
    WHERE t.school_year = ? AND t.archived_at IS NULL AND c.archived_at IS NULL ORDER BY s.name DESC, p.name DESC, c.term_id DESC, tm.slot DESC LIMIT 1`)
    .pluck().get(year) as number;
  await expect(screen.locator(`[data-testid="team-row"][data-team-id="${lastTeam}"]`)).toBeVisible();
  expect(await screen.getByTestId('team-row').count()).toBeLessThan(60);

  // The keyboard drag starts on the first team row in view where the request fits; Space there plans it.
  const card = screen.getByTestId('unplanned-card').first();
  const requestId = Number(await card.getAttribute('data-request-id'));
  await card.focus();
  await page.keyboard.press('Space');
  const ghost = screen.getByTestId('drop-ghost');
  await expect(ghost).toHaveClass(/is-(ok|warned)/);
  const teamId = Number(await ghost.getAttribute('data-team-id'));
  const start = (await ghost.getAttribute('data-start'))!;
  await page.keyboard.press('Space');
  const planned = (id: number) => workspace.db.prepare(`SELECT team_id AS teamId, start_week AS startWeek FROM assignments
    WHERE request_id = ? AND status = 'planned'`).get(id);
  await expect.poll(() => planned(requestId)).toEqual({ teamId, startWeek: start });

  // And the mouse: the next card, onto a team-week where it fits (found the same way, then let go).
  const next = screen.getByTestId('unplanned-card').first();
  const nextId = Number(await next.getAttribute('data-request-id'));
  await next.focus();
  await page.keyboard.press('Space');
  await expect(ghost).toHaveClass(/is-(ok|warned)/);
  const team2 = Number(await ghost.getAttribute('data-team-id'));
  const start2 = (await ghost.getAttribute('data-start'))!;
  await page.keyboard.press('Escape');
  await expect(ghost).toHaveCount(0);
  const col = (await screen.locator(`[data-testid="week-header"][data-week="${start2}"]`).boundingBox())!;
  const row = (await screen.locator(`[data-testid="team-row"][data-team-id="${team2}"]`).boundingBox())!;
  const from = (await next.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 - 10, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(col.x + col.width / 2, row.y + row.height / 2, { steps: 20 });
  await expect(ghost).toHaveAttribute('data-team-id', String(team2));
  await page.mouse.up();
  await expect.poll(() => planned(nextId)).toEqual({ teamId: team2, startWeek: start2 });
});
