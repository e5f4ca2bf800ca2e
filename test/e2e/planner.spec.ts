import { expect, test } from './harness/fixtures';
import { openScreen } from './harness/screens';

// The timeline is read as a calendar: a bar must start under its first week and end under its last week.
test('Planner timeline bars line up with the weeks of their assignment', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'planner');
  const termId = Number(await screen.getByLabel('Onderwijsperiode').inputValue());
  const timeline = screen.getByTestId('planner-timeline');
  await expect(timeline).toBeVisible();

  const weeks = workspace.call('terms:weeks', { termId }).map((w) => w.week);
  const rows = workspace.call('assignments:list', { termId });
  const perName = new Map<string, number>();
  for (const a of rows) perName.set(a.smeName, (perName.get(a.smeName) ?? 0) + 1);
  // Bars are named by company: check the ones that appear once and lie inside the term.
  const checkable = rows
    .filter((a) => perName.get(a.smeName) === 1 && weeks.includes(a.startWeek) && weeks.includes(a.endWeek))
    .slice(0, 8);
  expect(checkable.length).toBeGreaterThan(0);

  const header = (week: string) =>
    timeline.getByRole('columnheader', { name: String(Number(week.slice(6))), exact: true });
  for (const a of checkable) {
    const bar = await timeline.getByRole('cell', { name: a.smeName, exact: true }).boundingBox();
    const first = await header(a.startWeek).boundingBox();
    const last = await header(a.endWeek).boundingBox();
    expect(bar && first && last, a.smeName).toBeTruthy();
    const where = `${a.smeName} ${a.startWeek}–${a.endWeek}`;
    // Bars may have a small inset; a whole week (>= 34 px) off is what a user would notice.
    expect(Math.abs(bar!.x - first!.x), `${where}: left edge`).toBeLessThan(8);
    expect(Math.abs(bar!.x + bar!.width - (last!.x + last!.width)), `${where}: right edge`).toBeLessThan(8);
  }
});
