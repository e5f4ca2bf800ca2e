import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import { expect, test } from './harness/fixtures';
import { assignmentsOf, buildWorld, openPlannerOn, requestStatus } from './planner-steps';
import { ghostOf, openPlannerOnTerms, rowsOfTerm, suggestionOf, termOf } from './suggest-steps';

// A proposal on the demo: "Voorstel maken" for one term, ghost bars on the grid and the review beside it with
// each score broken down; accept two of the suggestions (one undo step), reject one, and check the database.

const SHOTS = '/tmp/shots-h2';
fs.mkdirSync(SHOTS, { recursive: true });

test('a proposal is reviewed, partly accepted in one undo step, and partly rejected', async ({ page, workspace }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const term = termOf(workspace, 'Periode 3', 'Oostermond Hogeschool', '2026-2027');
  // The core's own answer for the same terms and day: what the screen must show.
  const expected = await workspace.callAsync('suggest:run', { termIds: [term.id] });
  expect(expected.suggestions.length).toBeGreaterThan(3);
  const before = rowsOfTerm(workspace, term.id);

  const screen = await openPlannerOnTerms(page, term.schoolYear, [term.id]);
  await screen.getByRole('button', { name: 'Voorstel maken' }).click();
  const panel = screen.getByTestId('suggest-panel');
  await expect(panel).toBeVisible();
  await expect(screen.getByRole('tab', { name: `Voorstel (${expected.suggestions.length})` })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByTestId('suggestion')).toHaveCount(expected.suggestions.length);
  await expect(screen.getByTestId('ghost-bar')).toHaveCount(expected.suggestions.length);
  await expect(panel.getByTestId('suggest-objective')).toHaveText(expected.objective.toLocaleString('nl-NL'));
  await expect(panel.getByTestId('suggest-optimal')).toHaveText(expected.optimal ? 'Optimaal' : 'Niet bewezen optimaal');
  await expect(panel.getByTestId('suggest-greedy')).toContainText(`Eenvoudige toewijzing: ${expected.greedyObjective.toLocaleString('nl-NL')}`);

  // Each suggestion: its team and weeks on the grid, its score and the parts it is made of.
  const [a, b, c] = expected.suggestions as [typeof expected.suggestions[number], typeof expected.suggestions[number], typeof expected.suggestions[number]];
  const ghost = ghostOf(screen, a.requestId);
  await expect(ghost).toHaveAttribute('data-start', a.startWeek);
  await expect(ghost.locator('..')).toHaveAttribute('data-team-id', String(a.teamId));
  await expect(ghost).toContainText(String(a.score));
  const item = suggestionOf(screen, a.requestId);
  await expect(item.locator('.sg-score')).toHaveText(a.score.toLocaleString('nl-NL'));
  await expect(item.getByRole('list')).toContainText('Ingepland');
  await page.screenshot({ path: `${SHOTS}/planner-suggestions.png` });
  // The not-planned requests say why.
  await panel.getByText(/Niet ingepland \(\d+\)/).click();
  await expect(panel.getByTestId('suggest-left')).toHaveCount(expected.unplanned.length);
  await expect(panel.getByTestId('suggest-left').first()).toContainText(expected.unplanned[0]!.detail);
  await panel.getByTestId('suggest-left').nth(2).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/planner-suggestions-unplanned.png` });

  const axe = await new AxeBuilder({ page }).include('[data-testid="planner-side"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Pick two: clear the selection, then tick a and b (a click on a ghost finds its entry in the list).
  await panel.getByLabel('Alles selecteren').uncheck();
  await ghostOf(screen, b.requestId).click();
  await expect(suggestionOf(screen, b.requestId).getByRole('checkbox')).toBeFocused();
  await page.keyboard.press('Space');
  await item.getByRole('checkbox').check();
  const groups = workspace.count(`SELECT count(*) FROM action_groups`);
  await panel.getByRole('button', { name: '2 overnemen' }).click();
  await expect(page.getByTestId('toast').last()).toContainText('2 voorstellen overgenomen.');
  await expect.poll(() => rowsOfTerm(workspace, term.id).length).toBe(before.length + 2);
  const rows = rowsOfTerm(workspace, term.id);
  for (const s of [a, b]) {
    expect(rows).toContainEqual({ requestId: s.requestId, teamId: s.teamId, startWeek: s.startWeek, status: 'planned' });
    expect(workspace.count(`SELECT count(*) FROM requests WHERE id = ? AND status = 'matched'`, s.requestId)).toBe(1);
  }
  expect(workspace.count(`SELECT count(*) FROM action_groups`)).toBe(groups + 1);
  expect(workspace.call('history:state').undoLabel).toBe('suggest:accept');
  // The accepted ones are real bars now; their ghosts and entries are gone.
  await expect(ghostOf(screen, a.requestId)).toHaveCount(0);
  await expect(screen.locator(`[data-testid="plan-bar"][data-team-id="${a.teamId}"][data-start="${a.startWeek}"]`)).toHaveCount(1);
  await expect(panel.getByTestId('suggestion')).toHaveCount(expected.suggestions.length - 2);

  // Reject one: it leaves the list and the grid, and nothing is written.
  await panel.getByLabel('Alles selecteren').uncheck();
  await suggestionOf(screen, c.requestId).getByRole('checkbox').check();
  await panel.getByRole('button', { name: 'Afwijzen' }).click();
  await expect(suggestionOf(screen, c.requestId)).toHaveCount(0);
  await expect(ghostOf(screen, c.requestId)).toHaveCount(0);
  await expect(panel).toContainText('1 afgewezen');
  expect(rowsOfTerm(workspace, term.id).some((r) => r.requestId === c.requestId)).toBe(false);
  expect(workspace.count(`SELECT count(*) FROM action_groups`)).toBe(groups + 1);

  // One undo takes both accepted suggestions back; they are suggestions again.
  await page.keyboard.press('Control+z');
  await expect.poll(() => rowsOfTerm(workspace, term.id)).toEqual(before);
  await expect(panel.getByTestId('suggestion')).toHaveCount(expected.suggestions.length - 1);
  await expect(ghostOf(screen, a.requestId)).toHaveCount(1);
});

test('a suggestion whose slot is taken meanwhile says so, and "accept all" takes the others', async ({ page, workspace }) => {
  const w = buildWorld(workspace);
  const screen = await openPlannerOn(page);
  await screen.getByRole('button', { name: 'Voorstel maken' }).click();
  const panel = screen.getByTestId('suggest-panel');
  await expect(panel.getByTestId('suggest-summary')).toBeVisible();
  expect(await panel.getByTestId('suggestion').count()).toBeGreaterThan(1);
  const [first, ...others] = await Promise.all((await panel.getByTestId('suggestion').all()).map(async (el) => Number(await el.getAttribute('data-request-id'))));
  const ghost = ghostOf(screen, first!);
  const teamId = Number(await ghost.locator('..').getAttribute('data-team-id'));
  const startWeek = (await ghost.getAttribute('data-start'))!;

  // Meanwhile another request is planned by hand in that slot (as a colleague's drop would).
  const website = workspace.call('offerings:list').find((o) => o.name === 'Website vernieuwen (proef)')!.id;
  const sme = workspace.call('smes:create', { name: 'Drukkerij Tussendoor', kvk: '96999999', fte: 4, postcode: '3511 AB', holidayRegion: 'midden' }).id;
  const hand = workspace.call('requests:create', { smeId: sme, offeringId: website, question: 'Snel een site', receivedOn: '2026-10-01' }).id;
  workspace.call('requests:setStatus', { requestId: hand, status: 'ready_for_matching' });
  workspace.call('planner:assign', { items: [{ requestId: hand, teamId, startWeek }] });

  const stale = suggestionOf(screen, first!);
  await expect(stale).toContainText('Past niet meer: de planning is intussen veranderd.');
  await expect(stale.getByRole('checkbox')).toBeDisabled();
  await expect(ghostOf(screen, first!)).toHaveCount(0);
  await panel.getByRole('button', { name: `Alle ${others.length} overnemen` }).click();
  // The others may include requests of the demo's own schools' teams: count them all, not just this term's.
  await expect.poll(() => workspace.count(`SELECT count(*) FROM assignments WHERE request_id IN (${others.join(',')})`)).toBe(others.length);
  expect(assignmentsOf(workspace, w.termId).map((a) => a.requestId)).toContain(hand);
  expect(requestStatus(workspace, first!)).toBe('ready_for_matching');
});
