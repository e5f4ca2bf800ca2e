import type { Locator, Page } from '@playwright/test';
import { expect, type E2EWorkspace } from './harness/fixtures';
import { openScreen } from './harness/screens';

// Shared steps of the planner specs. Each test adds a small school of its own to the demo workspace (one mbo
// programme, one ten-week term with a spring holiday in week 9, two named teams) and shows only that term, so
// every cell it drags to is known; the demo's other data stays around it as in real use.

export interface World {
  termId: number;
  team1: number;
  team2: number;
  requests: { bakery: number; bikes: number; data: number; florist: number };
}

function freeKvk(workspace: E2EWorkspace, start: number): string {
  let kvk = start;
  while (workspace.count(`SELECT count(*) FROM smes WHERE kvk = ?`, String(kvk).padStart(8, '0')) > 0) kvk--;
  return String(kvk).padStart(8, '0');
}

export function buildWorld(workspace: E2EWorkspace): World {
  const call = workspace.call.bind(workspace);
  const schoolId = call('schools:create', { name: 'ROC Proefstad', kind: 'mbo', brin: '99PS', holidayRegion: 'midden' }).id;
  const programmeId = call('programmes:create', { schoolId, name: 'Webdeveloper Proefstad', level: 'mbo-4', themes: ['website_webshop'] }).id;
  const termId = call('terms:create', { schoolId, name: 'Proefperiode', startDate: '2027-02-01', endDate: '2027-04-11' }).id;
  call('terms:setWeekKind', { termId, week: '2027-W09', kind: 'holiday' });
  const cohortId = call('cohorts:create', { programmeId, termId, teamCount: 2, studentsPerTeam: 4, minutesPerStudentWeek: 600 }).id;
  const [team1, team2] = call('teams:list', { cohortId }).map((t) => t.id) as [number, number];
  call('teams:rename', { teamId: team1, name: 'Team Noord' });
  call('teams:rename', { teamId: team2, name: 'Team Zuid' });
  const website = call('offerings:create', {
    name: 'Website vernieuwen (proef)', theme: 'website_webshop', durationValue: 4, durationUnit: 'weeks', effortMinutes: 3600, teamSize: 4, levels: ['mbo-4'],
  }).id;
  const dashboard = call('offerings:create', {
    name: 'Datadashboard (proef)', theme: 'data_dashboards', durationValue: 2, durationUnit: 'weeks', effortMinutes: 3600, teamSize: 4, levels: ['master'],
  }).id;
  let kvk = 97_000_000;
  const request = (name: string, offeringId: number) => {
    const sme = call('smes:create', { name, kvk: freeKvk(workspace, kvk--), fte: 5, postcode: '3511 AB', holidayRegion: 'midden' }).id;
    kvk -= 10;
    const id = call('requests:create', { smeId: sme, offeringId, question: `Vraag van ${name}`, receivedOn: '2026-10-01' }).id;
    call('requests:setStatus', { requestId: id, status: 'ready_for_matching' });
    return id;
  };
  return {
    termId, team1, team2,
    requests: {
      bakery: request('Bakkerij Proefbrood', website),
      bikes: request('Fietsenmaker Proefrit', website),
      data: request('Datahuis Proefdata', dashboard),
      florist: request('Bloemist Proefbloem', website),
    },
  };
}

/** Opens the planner and, in the term picker, leaves only the test's own term checked. */
export async function openPlannerOn(page: Page, termName = 'Proefperiode'): Promise<Locator> {
  const screen = await openScreen(page, 'planner');
  await screen.getByTestId('term-picker').click();
  const panel = screen.getByTestId('term-picker-panel');
  const mine = panel.locator('label').filter({ hasText: termName }).getByRole('checkbox');
  await mine.check();
  for (;;) {
    const others = panel.locator('fieldset label').filter({ hasNotText: termName }).getByRole('checkbox', { checked: true });
    if ((await others.count()) === 0) break;
    await others.first().uncheck();
  }
  await panel.getByRole('button', { name: 'Klaar' }).click();
  await expect(screen.getByTestId('term-picker')).toContainText('1 periode');
  await expect(screen.getByTestId('team-row')).toHaveCount(2);
  return screen;
}

/** A team's lane of weeks (with its bars). */
export const teamRow = (screen: Locator, teamId: number) => screen.locator(`[data-testid="team-row"][data-team-id="${teamId}"]`);
/** A team's name cell (with its menu). */
export const teamLabel = (screen: Locator, teamId: number) => screen.locator(`[data-testid="team-label"][data-team-id="${teamId}"]`);
export const barOf = (screen: Locator, assignmentId: number) => screen.locator(`[data-testid="plan-bar"][data-assignment-id="${assignmentId}"]`);
export const cardOf = (screen: Locator, requestId: number) => screen.locator(`[data-testid="unplanned-card"][data-request-id="${requestId}"]`);

/** Centre of a team's cell in a week, on screen. */
export async function cellCentre(screen: Locator, teamId: number, week: string): Promise<{ x: number; y: number }> {
  const col = (await screen.locator(`[data-testid="week-header"][data-week="${week}"]`).boundingBox())!;
  const row = (await teamRow(screen, teamId).boundingBox())!;
  return { x: col.x + col.width / 2, y: row.y + row.height / 2 };
}

/**
 * A real mouse drag: press, move past the few pixels that start a drag, travel in steps, then let `whileOver`
 * check what the screen shows before the button is released.
 */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, whileOver?: () => Promise<void>) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 3, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 14 });
  if (whileOver) await whileOver();
  await page.mouse.up();
}

/**
 * Types a search into the waiting list. Right after a mouse drag, twice on CI (never here, also throttled), the box
 * kept its old search with the focus in it (the failure report showed it); whether the inserted text was dropped
 * on the way or undone is not known. So the value is checked and the fill repeated until the box holds it, as a
 * user would retype.
 */
export async function searchWaiting(screen: Locator, text: string): Promise<void> {
  const search = screen.getByTestId('unplanned-search');
  await expect(async () => {
    await search.fill(text);
    await expect(search).toHaveValue(text, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export interface Row { id: number; requestId: number; teamId: number; startWeek: string; endWeek: string; status: string }

export function assignmentsOf(workspace: E2EWorkspace, termId: number): Row[] {
  return workspace.db.prepare(`SELECT id, request_id AS requestId, team_id AS teamId, start_week AS startWeek, end_week AS endWeek, status
    FROM assignments WHERE term_id = ? ORDER BY id`).all(termId) as Row[];
}

export const requestStatus = (workspace: E2EWorkspace, id: number) =>
  workspace.db.prepare(`SELECT status FROM requests WHERE id = ?`).pluck().get(id) as string;
