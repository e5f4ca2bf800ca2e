import AxeBuilder from '@axe-core/playwright';
import { addDays, format, startOfISOWeek } from 'date-fns';
import { expect, test } from './harness/fixtures';
import { openScreen } from './harness/screens';

// Hours linked to an assignment: the link is found by searching (keyboard only), the line shows the team, and
// the entry is stored with the assignment and its request.

const SHOTS = process.env.WP_SHOTS_DIR ?? '/tmp/shots-h6';

test('a time entry is linked to an assignment found by search, and stored with it', async ({ page, workspace }) => {
  const nextMonday = format(addDays(startOfISOWeek(new Date()), 7), 'yyyy-MM-dd');
  const person = workspace.db.prepare(`SELECT id FROM staff WHERE archived_at IS NULL ORDER BY name LIMIT 1`).get() as { id: number };
  const assignment = workspace.db.prepare(`SELECT a.id, a.request_id AS requestId, s.name AS sme, p.name AS programme
    FROM assignments a JOIN requests r ON r.id = a.request_id JOIN smes s ON s.id = r.sme_id
    JOIN teams tm ON tm.id = a.team_id JOIN cohorts c ON c.id = tm.cohort_id JOIN programmes p ON p.id = c.programme_id
    WHERE a.status = 'running' ORDER BY a.id LIMIT 1`).get() as { id: number; requestId: number; sme: string; programme: string };

  const screen = await openScreen(page, 'hours');
  await screen.getByLabel('Medewerker', { exact: true }).selectOption(String(person.id));
  await screen.getByRole('button', { name: 'Volgende week' }).click();
  const search = screen.getByRole('combobox', { name: 'Gekoppeld aan' });
  await search.focus();
  await page.keyboard.type(`${assignment.sme} ${assignment.programme}`);
  const options = screen.getByRole('listbox', { name: 'Gekoppeld aan' }).getByRole('option');
  await expect(options.first()).toContainText(assignment.sme);
  await expect(options.filter({ hasText: 'Opdracht' }).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/timesheet-link-search.png` });
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('[data-testid="add-linked-line"]').analyze();
  expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Arrow down to the first assignment, Enter picks it; the activity follows (coaching).
  const all = await options.allInnerTexts();
  const target = all.findIndex((text) => text.includes('Opdracht') && text.includes(assignment.sme));
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-activedescendant', await options.nth(target).getAttribute('id') ?? '');
  await page.keyboard.press('Enter');
  const chosen = screen.getByTestId('link-chosen');
  await expect(chosen).toContainText(assignment.sme);
  await expect(chosen).toContainText('Opdracht');
  await expect(screen.getByLabel('Activiteit', { exact: true })).toHaveValue('coaching');
  await screen.getByRole('button', { name: 'Regel toevoegen' }).click();

  const cell = screen.getByRole('textbox', { name: new RegExp(`^Begeleiding \\(${assignment.sme}.*${assignment.programme}.*\\), woensdag`) });
  await cell.fill('2,5');
  await cell.press('Control+s');
  await expect(screen.getByTestId('sheet-notice')).toHaveText('Opgeslagen.');
  expect(workspace.db.prepare(`SELECT request_id AS requestId, assignment_id AS assignmentId, activity, minutes FROM time_entries
    WHERE staff_id = ? AND entry_date = ?`).all(person.id, format(addDays(new Date(nextMonday), 2), 'yyyy-MM-dd')))
    .toEqual([{ requestId: assignment.requestId, assignmentId: assignment.id, activity: 'coaching', minutes: 150 }]);
  await page.screenshot({ path: `${SHOTS}/timesheet-linked-assignment.png`, fullPage: true });
});
