import { expect, test, type E2EWorkspace } from './harness/fixtures';
import { assignmentsOf, barOf, buildWorld, cardOf, cellCentre, drag, openPlannerOn, requestStatus, teamLabel } from './planner-steps';

// The life of an assignment from the planner: start, deliver, evaluate, cancel with a reason, and a team that
// drops out. Menus by right click and by keyboard, the details panel, and forms that say what is wrong.

const SHOTS = '/tmp/shots-planner';

const assignment = (workspace: E2EWorkspace, id: number) => workspace.db
  .prepare(`SELECT status, cancel_reason AS cancelReason, needs_replan AS needsReplan FROM assignments WHERE id = ?`)
  .get(id) as { status: string; cancelReason: string | null; needsReplan: number };

test('a bar is started, delivered and evaluated from its menu and its details', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const [id] = workspace.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W10' }] }).ids as [number];
  const screen = await openPlannerOn(page);
  const bar = barOf(screen, id);

  // Right click: the actions that fit a planned assignment.
  await bar.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Acties voor Bakkerij Proefbrood' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Details', 'Starten', 'Annuleren…', 'Terug naar wachtlijst']);
  await expect(menu.getByRole('menuitem', { name: 'Details' })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/bar-menu.png` });
  await menu.getByRole('menuitem', { name: 'Starten' }).click();
  await expect.poll(() => assignment(workspace, id).status).toBe('running');
  expect(requestStatus(workspace, w.requests.bakery)).toBe('running');
  await expect(bar).toHaveAttribute('data-status', 'running');
  await expect(page.getByTestId('toast').last()).toContainText('Bakkerij Proefbrood: lopend.');

  // Enter on the focused bar opens its details, with the next steps as buttons.
  await bar.focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('dialog', { name: 'Bakkerij Proefbrood' });
  await expect(details).toBeVisible();
  await expect(details).toContainText('Website vernieuwen (proef)');
  await expect(details).toContainText('wk 10 – wk 13 · 4 weken');
  await expect(details).toContainText('Team Noord (Webdeveloper Proefstad)');
  await page.screenshot({ path: `${SHOTS}/details.png` });
  await details.getByRole('button', { name: 'Opleveren' }).click();
  await expect(details).toBeHidden();
  await expect.poll(() => assignment(workspace, id).status).toBe('delivered');
  expect(requestStatus(workspace, w.requests.bakery)).toBe('delivered');

  // Shift+F10 opens the menu from the keyboard; the evaluation form checks its scores.
  await bar.focus();
  await page.keyboard.press('Shift+F10');
  await expect(menu.getByRole('menuitem')).toHaveText(['Details', 'Evalueren…', 'Terug naar lopend']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Evaluatie van Bakkerij Proefbrood' });
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(form.getByRole('textbox', { name: /Tevredenheid/ })).toHaveAccessibleDescription('Geef een cijfer van 1 tot en met 10.');
  await form.getByRole('textbox', { name: /Tevredenheid/ }).fill('11');
  await form.getByRole('textbox', { name: /Zou de werkplaats aanraden/ }).fill('9');
  await form.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(form.getByRole('textbox', { name: /Tevredenheid/ })).toHaveAccessibleDescription('Een cijfer van 1 tot en met 10.');
  expect(workspace.count(`SELECT count(*) FROM evaluations WHERE assignment_id = ?`, id)).toBe(0);
  await form.getByRole('textbox', { name: /Tevredenheid/ }).fill('8');
  await form.getByRole('checkbox', { name: /resultaat .* is overgedragen/ }).check();
  await form.getByRole('textbox', { name: 'Vervolgstappen' }).fill('Webshop koppelen aan de kassa');
  await page.screenshot({ path: `${SHOTS}/evaluation.png` });
  await form.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(form).toBeHidden();
  await expect.poll(() => assignment(workspace, id).status).toBe('evaluated');
  expect(workspace.db.prepare(`SELECT satisfaction, would_recommend AS rec, deliverable_given AS given, next_steps AS next
    FROM evaluations WHERE assignment_id = ?`).get(id)).toEqual({ satisfaction: 8, rec: 9, given: 1, next: 'Webshop koppelen aan de kassa' });
  expect(requestStatus(workspace, w.requests.bakery)).toBe('evaluated');
  await expect(bar).toHaveAttribute('data-status', 'evaluated');
  await expect(page.getByTestId('toast').last()).toContainText('Evaluatie van Bakkerij Proefbrood opgeslagen.');
});

test('cancelling asks for a reason and puts the request back on the waiting list', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const [id] = workspace.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W10' }] }).ids as [number];
  const screen = await openPlannerOn(page);
  await barOf(screen, id).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Annuleren…' }).click();
  const form = page.getByRole('dialog', { name: 'Opdracht van Bakkerij Proefbrood annuleren' });
  await form.getByRole('button', { name: 'Opdracht annuleren' }).click();
  await expect(form.getByRole('textbox', { name: /Reden/ })).toHaveAccessibleDescription('Vul dit veld in.');
  expect(assignment(workspace, id).status).toBe('planned');
  await form.getByRole('textbox', { name: /Reden/ }).fill('Bedrijf heeft deze maand geen tijd');
  await form.getByRole('button', { name: 'Opdracht annuleren' }).click();
  await expect(form).toBeHidden();
  await expect.poll(() => assignment(workspace, id)).toEqual({ status: 'cancelled', cancelReason: 'Bedrijf heeft deze maand geen tijd', needsReplan: 0 });
  expect(requestStatus(workspace, w.requests.bakery)).toBe('ready_for_matching');
  await expect(barOf(screen, id)).toHaveCount(0);
  await screen.getByTestId('unplanned-search').fill('Proefbrood');
  await expect(cardOf(screen, w.requests.bakery)).toBeVisible();
});

test('a team that drops out gets its work marked for re-planning, and a move re-plans it', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const [id] = workspace.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W10' }] }).ids as [number];
  const screen = await openPlannerOn(page);
  await teamLabel(screen, w.team1).getByRole('button', { name: 'Acties voor Team Noord' }).click();
  await page.getByRole('menuitem', { name: 'Markeer als uitgevallen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Team Noord (Webdeveloper Proefstad) valt uit?' });
  await expect(confirm).toContainText('1 lopende of geplande opdracht');
  await confirm.getByRole('button', { name: 'Markeer als uitgevallen' }).click();
  await expect.poll(() => workspace.count(`SELECT count(*) FROM teams WHERE id = ? AND dropped_out_at IS NOT NULL`, w.team1)).toBe(1);
  expect(assignment(workspace, id).needsReplan).toBe(1);

  const bar = barOf(screen, id);
  await expect(bar).toContainText('opnieuw plannen');
  await expect(teamLabel(screen, w.team1)).toContainText('uitgevallen');
  await screen.getByRole('tab', { name: 'Signalen (1)' }).click();
  await expect(screen.getByTestId('conflict')).toContainText('Team Noord is uitgevallen en neemt geen werk meer aan.');
  await page.screenshot({ path: `${SHOTS}/dropped-out.png` });

  // Re-planning is a move to a team that still takes work.
  const box = (await bar.boundingBox())!;
  await drag(page, { x: box.x + 14, y: box.y + box.height / 2 }, await cellCentre(screen, w.team2, '2027-W10'));
  await expect.poll(() => assignmentsOf(workspace, w.termId)).toEqual([expect.objectContaining({ id, teamId: w.team2 })]);
  expect(assignment(workspace, id).needsReplan).toBe(0);
  await expect(bar).not.toContainText('opnieuw plannen');
  await expect(screen.getByRole('tab', { name: 'Signalen (0)' })).toBeVisible();
});
