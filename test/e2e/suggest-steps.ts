import type { Locator, Page } from '@playwright/test';
import { expect, type E2EWorkspace } from './harness/fixtures';
import { openScreen } from './harness/screens';

// Shared steps of the suggestion specs: show chosen terms in the planner (as the term picker would remember
// them), and read what the review shows.

const PREFS = 'wp.planner.prefs.v1';

/** A demo term by its name, school and school year. */
export function termOf(workspace: E2EWorkspace, name: string, school: string, schoolYear: string): { id: number; schoolYear: string } {
  const schools = new Map(workspace.call('schools:list').map((s) => [s.id, s.name]));
  const term = workspace.call('terms:list').find((t) => t.name === name && schools.get(t.schoolId) === school && t.schoolYear === schoolYear);
  if (!term) throw new Error(`no term ${name} of ${school}`);
  return { id: term.id, schoolYear: term.schoolYear };
}

/** Opens the planner on just these terms: the planner reads its remembered choice when it opens. */
export async function openPlannerOnTerms(page: Page, schoolYear: string, termIds: number[]): Promise<Locator> {
  await openScreen(page, 'settings');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PREFS, JSON.stringify({
    zoom: 1, schoolYear, terms: termIds, grouping: 'school', collapsed: [],
  })]);
  const screen = await openScreen(page, 'planner');
  await expect(screen.getByTestId('team-row').first()).toBeVisible();
  return screen;
}

export const ghostOf = (screen: Locator, requestId: number) => screen.locator(`[data-testid="ghost-bar"][data-request-id="${requestId}"]`);
export const suggestionOf = (screen: Locator, requestId: number) => screen.locator(`[data-testid="suggestion"][data-request-id="${requestId}"]`);

export interface DbRow { requestId: number; teamId: number; startWeek: string; status: string }
export const rowsOfTerm = (workspace: E2EWorkspace, termId: number) => workspace.db.prepare(
  `SELECT request_id AS requestId, team_id AS teamId, start_week AS startWeek, status FROM assignments WHERE term_id = ? ORDER BY id`,
).all(termId) as DbRow[];
