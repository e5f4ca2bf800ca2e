import fs from 'node:fs';
import { expect, test } from './harness/fixtures';
import { assignmentsOf, buildWorld, openPlannerOn, teamLabel } from './planner-steps';

// Re-planning after a drop-out, on the demo workspace with the planner specs' small school beside it: Team Noord
// drops out, "Herplannen" shows where its assignment goes (from → to, as a ghost bar), accepting moves it in one
// undo step, and undo puts it back on the flagged team.

const SHOTS = '/tmp/shots-h2';
fs.mkdirSync(SHOTS, { recursive: true });

const flagOf = (workspace: Parameters<typeof buildWorld>[0], id: number) =>
  workspace.count(`SELECT needs_replan FROM assignments WHERE id = ?`, id);

test('after a drop-out the planner proposes where its work goes, and accepting moves it in one undo step', async ({ page, workspace }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const w = buildWorld(workspace);
  const [bakery, bikes] = workspace.call('planner:assign', { items: [
    { requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W10' },
    { requestId: w.requests.bikes, teamId: w.team2, startWeek: '2027-W05' },
  ] }).ids as [number, number];
  const screen = await openPlannerOn(page);
  await expect(screen.getByTestId('repair-run')).toHaveCount(0);

  // The coordinator marks Team Noord as dropped out, as in the planner.
  await teamLabel(screen, w.team1).getByRole('button', { name: 'Acties voor Team Noord' }).click();
  await page.getByRole('menuitem', { name: 'Markeer als uitgevallen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Markeer als uitgevallen' }).click();
  await expect.poll(() => flagOf(workspace, bakery)).toBe(1);

  await screen.getByRole('button', { name: 'Herplannen (1)' }).click();
  const panel = screen.getByTestId('repair-panel');
  await expect(panel).toContainText('1 opdracht heeft een nieuwe plek nodig.');
  const move = panel.getByTestId('repair-move');
  await expect(move).toHaveCount(1);
  await expect(move).toContainText('Bakkerij Proefbrood');
  await expect(move).toContainText('vanTeam Noord (Webdeveloper Proefstad)wk 10 – wk 13');
  await expect(move).toContainText('naarTeam Zuid (Webdeveloper Proefstad)');
  // Its new place is on the grid as a ghost bar on Team Zuid, clear of the bikes (wk 5 – wk 8).
  const ghost = screen.locator(`[data-testid="team-row"][data-team-id="${w.team2}"] [data-testid="ghost-bar"]`);
  await expect(ghost).toHaveCount(1);
  const to = await ghost.getAttribute('data-start');
  expect(to! > '2027-W08').toBe(true);
  await page.screenshot({ path: `${SHOTS}/planner-repair.png` });
  expect(assignmentsOf(workspace, w.termId).find((a) => a.id === bakery)).toMatchObject({ teamId: w.team1, startWeek: '2027-W10' });

  const groups = workspace.count(`SELECT count(*) FROM action_groups`);
  await panel.getByRole('button', { name: 'Herplanning overnemen' }).click();
  await expect(page.getByTestId('toast').last()).toContainText('Herplanning overgenomen: 1 verplaatst, 0 nieuw ingepland.');
  await expect.poll(() => assignmentsOf(workspace, w.termId).find((a) => a.id === bakery)?.teamId).toBe(w.team2);
  expect(assignmentsOf(workspace, w.termId).find((a) => a.id === bakery)!.startWeek).toBe(to);
  expect(flagOf(workspace, bakery)).toBe(0);
  expect(assignmentsOf(workspace, w.termId).find((a) => a.id === bikes)).toMatchObject({ teamId: w.team2, startWeek: '2027-W05' });
  expect(workspace.count(`SELECT count(*) FROM action_groups`)).toBe(groups + 1);
  await expect(screen.getByTestId('repair-panel')).toHaveCount(0);
  await expect(screen.getByTestId('repair-run')).toHaveCount(0);

  // One undo: back on Team Noord, flagged again, and the planner offers the re-plan again.
  await page.keyboard.press('Control+z');
  await expect.poll(() => assignmentsOf(workspace, w.termId).find((a) => a.id === bakery)?.teamId).toBe(w.team1);
  expect(flagOf(workspace, bakery)).toBe(1);
  await expect(screen.getByRole('button', { name: 'Herplannen (1)' })).toBeVisible();
});
