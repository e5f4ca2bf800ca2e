import { expect, test } from './harness/fixtures';
import {
  assignmentsOf, barOf, buildWorld, cardOf, cellCentre, centreOf, drag, openPlannerOn, requestStatus, searchWaiting, teamRow,
} from './planner-steps';

// Drag and drop on the planner with a real mouse and the keyboard, on the real core and database. After each
// drop the database itself is asked; the screen must agree with it.

const SHOTS = '/tmp/shots-planner';

test('a request dragged from the waiting list onto a free team-week is planned for its duration', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const screen = await openPlannerOn(page);
  await screen.getByTestId('unplanned-search').fill('Proefbrood');
  const card = cardOf(screen, w.requests.bakery);
  await expect(card).toContainText('Bakkerij Proefbrood');
  await expect(card).toContainText('4 weken');

  await drag(page, await centreOf(card), await cellCentre(screen, w.team1, '2027-W10'), async () => {
    // While dragging, the preview says in words that it fits, where, and for how long.
    const ghost = screen.getByTestId('drop-ghost');
    await expect(ghost).toHaveClass(/is-ok/);
    await expect(ghost).toHaveAttribute('data-start', '2027-W10');
    await expect(ghost).toHaveAttribute('data-end', '2027-W13');
    await expect(screen.getByTestId('drop-hint')).toContainText('Past');
    await expect(screen.getByTestId('drop-hint')).toContainText('Team Noord (Webdeveloper Proefstad) · wk 10 – wk 13');
    await page.screenshot({ path: `${SHOTS}/drag-assign.png` });
  });

  await expect.poll(() => assignmentsOf(workspace, w.termId)).toEqual([
    expect.objectContaining({ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W10', endWeek: '2027-W13', status: 'planned' }),
  ]);
  expect(requestStatus(workspace, w.requests.bakery)).toBe('matched');
  const [row] = assignmentsOf(workspace, w.termId);
  await expect(barOf(screen, row!.id)).toHaveAttribute('data-start', '2027-W10');
  await expect(teamRow(screen, w.team1).getByTestId('plan-bar')).toContainText('Bakkerij Proefbrood');
  await expect(card).toHaveCount(0);
  await expect(page.getByTestId('toast').last()).toContainText('Ingepland: Bakkerij Proefbrood bij Team Noord');
});

test('a bar moves to another team and week, and its end handle changes its length', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const [id] = workspace.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W10' }] }).ids as [number];
  const screen = await openPlannerOn(page);
  const bar = barOf(screen, id);
  await expect(bar).toHaveAttribute('data-start', '2027-W10');

  // Grab the bar in its first week and drop that week on Team Zuid in week 11: it keeps its four weeks.
  const box = (await bar.boundingBox())!;
  await drag(page, { x: box.x + 14, y: box.y + box.height / 2 }, await cellCentre(screen, w.team2, '2027-W11'), async () => {
    await expect(screen.getByTestId('drop-ghost')).toHaveAttribute('data-end', '2027-W14');
    await expect(screen.getByTestId('drop-hint')).toContainText('Team Zuid');
  });
  await expect.poll(() => assignmentsOf(workspace, w.termId)).toEqual([
    expect.objectContaining({ id, teamId: w.team2, startWeek: '2027-W11', endWeek: '2027-W14' }),
  ]);
  await expect(teamRow(screen, w.team2).getByTestId('plan-bar')).toHaveAttribute('data-start', '2027-W11');
  await expect(page.getByTestId('toast').last()).toContainText('Verplaatst: Bakkerij Proefbrood naar Team Zuid');

  // The handle on the right edge: drag it back to week 12, two weeks shorter.
  const moved = (await bar.boundingBox())!;
  await bar.hover();
  await drag(page, { x: moved.x + moved.width - 3, y: moved.y + moved.height / 2 }, await cellCentre(screen, w.team2, '2027-W12'), async () => {
    await expect(screen.getByTestId('drop-ghost')).toHaveAttribute('data-end', '2027-W12');
  });
  await expect.poll(() => assignmentsOf(workspace, w.termId)).toEqual([
    expect.objectContaining({ id, teamId: w.team2, startWeek: '2027-W11', endWeek: '2027-W12' }),
  ]);
  await expect(bar).toHaveAttribute('data-end', '2027-W12');
  await expect(page.getByTestId('toast').last()).toContainText('Nieuwe duur: Bakkerij Proefbrood');
});

test('a bar dragged back onto the waiting list is unplanned', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const [id] = workspace.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W10' }] }).ids as [number];
  const screen = await openPlannerOn(page);
  await screen.getByTestId('unplanned-search').fill('Proef');
  await expect(screen.getByTestId('unplanned-card')).toHaveCount(3);
  const bar = barOf(screen, id);
  const box = (await bar.boundingBox())!;
  await drag(page, { x: box.x + 14, y: box.y + box.height / 2 }, await centreOf(screen.getByTestId('unplanned-list')), async () => {
    await expect(screen.getByTestId('unplan-zone')).toHaveText('Loslaten: terug naar de wachtlijst');
  });
  await expect.poll(() => assignmentsOf(workspace, w.termId)).toEqual([]);
  expect(requestStatus(workspace, w.requests.bakery)).toBe('ready_for_matching');
  await expect(cardOf(screen, w.requests.bakery)).toBeVisible();
  await expect(screen.getByTestId('plan-bar')).toHaveCount(0);
  await expect(page.getByTestId('toast').last()).toContainText('Bakkerij Proefbrood staat weer op de wachtlijst.');
});

test('two selected bars move together in one step', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const [a, b] = workspace.call('planner:assign', { items: [
    { requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W10' },
    { requestId: w.requests.bikes, teamId: w.team2, startWeek: '2027-W10' },
  ] }).ids as [number, number];
  const screen = await openPlannerOn(page);
  await barOf(screen, a).click();
  await barOf(screen, b).click({ modifiers: ['Control'] });
  await expect(barOf(screen, a)).toHaveAttribute('aria-pressed', 'true');
  await expect(barOf(screen, b)).toHaveAttribute('aria-pressed', 'true');

  const box = (await barOf(screen, a).boundingBox())!;
  await drag(page, { x: box.x + 14, y: box.y + box.height / 2 }, await cellCentre(screen, w.team1, '2027-W11'), async () => {
    await expect(screen.getByTestId('drop-ghost')).toHaveCount(2);
    await expect(screen.getByTestId('drop-hint')).toContainText('2 opdrachten');
    await page.screenshot({ path: `${SHOTS}/drag-multi.png` });
  });
  await expect.poll(() => assignmentsOf(workspace, w.termId)).toEqual([
    expect.objectContaining({ id: a, teamId: w.team1, startWeek: '2027-W11', endWeek: '2027-W14' }),
    expect.objectContaining({ id: b, teamId: w.team2, startWeek: '2027-W11', endWeek: '2027-W14' }),
  ]);
  await expect(page.getByTestId('toast').last()).toContainText('2 opdrachten verplaatst.');
  // One command, so one undo step takes both back.
  await barOf(screen, a).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => assignmentsOf(workspace, w.termId).map((r) => r.startWeek)).toEqual(['2027-W10', '2027-W10']);
});

test('a refused drop says why while dragging and after, and changes nothing', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const [bakery] = workspace.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W10' }] }).ids as [number];
  const before = assignmentsOf(workspace, w.termId);
  const screen = await openPlannerOn(page);
  const search = screen.getByTestId('unplanned-search');

  // A masters-only offering on an mbo-4 team.
  await search.fill('Proefdata');
  await drag(page, await centreOf(cardOf(screen, w.requests.data)), await cellCentre(screen, w.team2, '2027-W05'), async () => {
    await expect(screen.getByTestId('drop-ghost')).toHaveClass(/is-refused/);
    await expect(screen.getByTestId('drop-hint')).toContainText('Kan hier niet');
    await expect(screen.getByTestId('drop-hint')).toContainText('Datadashboard (proef) is niet voor niveau mbo 4.');
    await page.screenshot({ path: `${SHOTS}/drag-refused.png` });
  });
  await expect(screen.getByTestId('planner-alert')).toHaveText(/Niet opgeslagen: Datadashboard \(proef\) is niet voor niveau mbo 4\./);
  expect(assignmentsOf(workspace, w.termId)).toEqual(before);
  expect(requestStatus(workspace, w.requests.data)).toBe('ready_for_matching');
  await expect(cardOf(screen, w.requests.data)).toBeVisible();

  // A team that already works for someone else in those weeks.
  await searchWaiting(screen, 'Proefbloem');
  await drag(page, await centreOf(cardOf(screen, w.requests.florist)), await cellCentre(screen, w.team1, '2027-W11'), async () => {
    await expect(screen.getByTestId('drop-hint')).toContainText('Team Noord werkt in die weken al voor Bakkerij Proefbrood (wk 10 t/m wk 13).');
  });
  await expect(screen.getByTestId('planner-alert')).toContainText('Team Noord werkt in die weken al voor Bakkerij Proefbrood');
  expect(assignmentsOf(workspace, w.termId)).toEqual(before);
  expect(requestStatus(workspace, w.requests.florist)).toBe('ready_for_matching');
  await expect(barOf(screen, bakery)).toHaveAttribute('data-start', '2027-W10');
});

test('a drop over holiday weeks is allowed with a warning on the bar and in the conflicts panel', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const screen = await openPlannerOn(page);
  await screen.getByTestId('unplanned-search').fill('Proefbrood');
  await drag(page, await centreOf(cardOf(screen, w.requests.bakery)), await cellCentre(screen, w.team1, '2027-W07'), async () => {
    await expect(screen.getByTestId('drop-ghost')).toHaveClass(/is-warned/);
    await expect(screen.getByTestId('drop-hint')).toContainText('Past, met waarschuwing');
    await expect(screen.getByTestId('drop-hint')).toContainText('Loopt door vakantie- of vrije weken: wk 8, wk 9.');
  });
  await expect.poll(() => assignmentsOf(workspace, w.termId)).toEqual([
    expect.objectContaining({ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W07', endWeek: '2027-W10' }),
  ]);
  const id = assignmentsOf(workspace, w.termId)[0]!.id;
  const bar = barOf(screen, id);
  await expect(bar.getByTestId('bar-warning')).toBeVisible();
  await expect(bar).toHaveAttribute('aria-label', /1 waarschuwing/);
  await expect(page.getByTestId('toast').last()).toContainText('Let op: Loopt door vakantie- of vrije weken: wk 8, wk 9.');

  // Hovering the bar shows the warning in words.
  await bar.hover();
  await expect(page.getByTestId('bar-tooltip')).toContainText('Loopt door vakantie- of vrije weken: wk 8, wk 9.');

  // The conflicts tab lists it; choosing it brings the focus to the bar.
  await screen.getByRole('tab', { name: 'Signalen (1)' }).click();
  const conflict = screen.getByTestId('conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('Bakkerij Proefbrood');
  await expect(conflict).toContainText('Loopt door vakantie- of vrije weken: wk 8, wk 9.');
  await page.screenshot({ path: `${SHOTS}/conflicts.png` });
  await conflict.click();
  await expect(bar).toBeFocused();
});

test('the keyboard picks a request up, moves it a week and a team at a time, and puts it down', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const screen = await openPlannerOn(page);
  await screen.getByTestId('unplanned-search').fill('Proefbrood');
  const card = cardOf(screen, w.requests.bakery);
  const announcer = page.locator('[id^="DndLiveRegion"]');
  await card.focus();
  await page.keyboard.press('Space');
  await expect(announcer).toContainText('Opgepakt: de aanvraag van Bakkerij Proefbrood.');
  // It starts on the first team where it may go: Team Noord, from the term's first week.
  const ghost = screen.getByTestId('drop-ghost');
  await expect(ghost).toHaveAttribute('data-team-id', String(w.team1));
  await expect(ghost).toHaveAttribute('data-start', '2027-W05');
  // dnd-kit listens for the arrow keys one task after the pick-up.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(ghost).toHaveAttribute('data-team-id', String(w.team2));
  await expect(ghost).toHaveAttribute('data-start', '2027-W10');
  await expect(announcer).toHaveText('Team Zuid (Webdeveloper Proefstad), wk 10 – wk 13: past.');
  await page.keyboard.press('Space');
  await expect.poll(() => assignmentsOf(workspace, w.termId)).toEqual([
    expect.objectContaining({ requestId: w.requests.bakery, teamId: w.team2, startWeek: '2027-W10', endWeek: '2027-W13' }),
  ]);
  await expect(announcer).toHaveText('Neergezet: de aanvraag van Bakkerij Proefbrood bij Team Zuid (Webdeveloper Proefstad), wk 10 – wk 13.');
  // The new bar has the focus, so the keyboard can go on with it.
  const id = assignmentsOf(workspace, w.termId)[0]!.id;
  await expect(barOf(screen, id)).toBeFocused();
});

test('undo and redo take a drop back and forth in the database', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const screen = await openPlannerOn(page);
  await screen.getByTestId('unplanned-search').fill('Proefbrood');
  await drag(page, await centreOf(cardOf(screen, w.requests.bakery)), await cellCentre(screen, w.team2, '2027-W10'));
  await expect.poll(() => assignmentsOf(workspace, w.termId).length).toBe(1);
  const id = assignmentsOf(workspace, w.termId)[0]!.id;
  await barOf(screen, id).focus();

  await page.keyboard.press('Control+z');
  await expect.poll(() => assignmentsOf(workspace, w.termId)).toEqual([]);
  expect(requestStatus(workspace, w.requests.bakery)).toBe('ready_for_matching');
  await expect(cardOf(screen, w.requests.bakery)).toBeVisible();

  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => assignmentsOf(workspace, w.termId)).toEqual([
    expect.objectContaining({ requestId: w.requests.bakery, teamId: w.team2, startWeek: '2027-W10', endWeek: '2027-W13' }),
  ]);
  expect(requestStatus(workspace, w.requests.bakery)).toBe('matched');
  await expect(teamRow(screen, w.team2).getByTestId('plan-bar')).toContainText('Bakkerij Proefbrood');
});

test('several selected requests are planned together on consecutive teams', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const screen = await openPlannerOn(page);
  await screen.getByTestId('unplanned-search').fill('Proef');
  await cardOf(screen, w.requests.bakery).click();
  await cardOf(screen, w.requests.bikes).click({ modifiers: ['Control'] });
  await expect(screen.getByTestId('unplanned-panel')).toContainText('2 geselecteerd');
  await drag(page, await centreOf(cardOf(screen, w.requests.bakery)), await cellCentre(screen, w.team1, '2027-W10'), async () => {
    await expect(screen.getByTestId('drop-ghost')).toHaveCount(2);
    await expect(screen.getByTestId('drop-hint')).toContainText('2 aanvragen');
  });
  await expect.poll(() => assignmentsOf(workspace, w.termId)).toEqual([
    expect.objectContaining({ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W10' }),
    expect.objectContaining({ requestId: w.requests.bikes, teamId: w.team2, startWeek: '2027-W10' }),
  ]);
  await expect(page.getByTestId('toast').last()).toContainText('2 aanvragen ingepland.');
});

test('drops in quick succession never leave the screen and the database apart', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const screen = await openPlannerOn(page);
  await screen.getByTestId('unplanned-search').fill('Proef');
  const bakery = await centreOf(cardOf(screen, w.requests.bakery));
  // The second drag starts the moment the first is released, while its command may still be on its way.
  await drag(page, bakery, await cellCentre(screen, w.team1, '2027-W10'));
  await drag(page, await centreOf(cardOf(screen, w.requests.bikes)), await cellCentre(screen, w.team2, '2027-W10'));
  await drag(page, await centreOf(cardOf(screen, w.requests.florist)), await cellCentre(screen, w.team1, '2027-W05'));
  await expect(screen.getByTestId('planner-summary')).not.toContainText('Opslaan');
  // Whatever was accepted, every bar on screen is a row in the database, and every row is on screen.
  await expect.poll(async () => {
    const shown = await screen.getByTestId('plan-bar').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-assignment-id'))).sort());
    const stored = assignmentsOf(workspace, w.termId).map((r) => r.id).sort();
    return JSON.stringify(shown) === JSON.stringify(stored) && stored.length > 0;
  }).toBe(true);
  const rows = assignmentsOf(workspace, w.termId);
  for (const r of rows) expect(requestStatus(workspace, r.requestId)).toBe('matched');
  const planned = new Set(rows.map((r) => r.requestId));
  for (const id of [w.requests.bakery, w.requests.bikes, w.requests.florist]) {
    await expect(cardOf(screen, id)).toHaveCount(planned.has(id) ? 0 : 1);
  }
});

test('a focused bar moves with Space and the arrows, changes length with Shift+arrows, and leaves with Delete', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const [id] = workspace.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2027-W10' }] }).ids as [number];
  const screen = await openPlannerOn(page);
  const bar = barOf(screen, id);
  await bar.focus();
  await page.keyboard.press('Space');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(screen.getByTestId('drop-ghost')).toHaveAttribute('data-start', '2027-W11');
  await page.keyboard.press('Space');
  await expect.poll(() => assignmentsOf(workspace, w.termId)).toEqual([
    expect.objectContaining({ id, teamId: w.team2, startWeek: '2027-W11', endWeek: '2027-W14' }),
  ]);
  await expect(bar).toBeFocused();
  // A key pressed while the drop is still being saved is refused with "one moment"; a user waits for the picture.
  await expect(screen.getByTestId('planner-summary')).not.toContainText('Opslaan');

  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => assignmentsOf(workspace, w.termId)[0]?.endWeek).toBe('2027-W13');
  await expect(bar).toHaveAttribute('data-end', '2027-W13');
  await expect(screen.getByTestId('planner-summary')).not.toContainText('Opslaan');
  // Longer than the term is refused, in words.
  await bar.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => assignmentsOf(workspace, w.termId)[0]?.endWeek).toBe('2027-W14');
  await expect(screen.getByTestId('planner-summary')).not.toContainText('Opslaan');
  await bar.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(screen.getByTestId('planner-alert')).toContainText('Valt buiten de onderwijsperiode Proefperiode');
  expect(assignmentsOf(workspace, w.termId)[0]?.endWeek).toBe('2027-W14');
  await expect(screen.getByTestId('planner-summary')).not.toContainText('Opslaan');

  await bar.focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => assignmentsOf(workspace, w.termId)).toEqual([]);
  expect(requestStatus(workspace, w.requests.bakery)).toBe('ready_for_matching');
});
