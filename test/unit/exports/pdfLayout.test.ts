import { describe, expect, it } from 'vitest';
import { schoolPlanPdf } from '../../../electron/core/services/exports/schoolPlanPdf';
import type { ExportTask } from '../../../electron/core/services/exports/task';
import { largePlan } from '../../fixtures/exports/largePlan';
import { pdfPages } from '../../fixtures/exports/readBack';

describe('a school plan PDF at full scale (6 programmes × 20 teams)', () => {
  it('breaks the grid over pages, repeating the weeks and the programme it continues', async () => {
    const progress: [number, number][] = [];
    const task: ExportTask = { progress: (d, t) => progress.push([d, t]), yield: async () => undefined };
    const pages = await pdfPages(await schoolPlanPdf(largePlan(), task));
    const grid = pages.filter((p) => p.includes('Week 36 37 38'));
    expect(grid.length).toBeGreaterThanOrEqual(3);
    // Every grid page but the first starts with a programme marked as continued (or a new programme).
    for (const page of grid.slice(1)) expect(page).toMatch(/Week 36 37 38 .*? 4 Opleiding \d · bachelor/);
    expect(grid.slice(1).some((p) => p.includes('· bachelor (vervolg)'))).toBe(true);
    // Each of the 120 teams appears in the team list; the last page number matches the page count.
    const list = pages.slice(grid.length).join(' ');
    expect(list.match(/team 20/g)?.length).toBe(6);
    expect(pages.at(-1)).toContain(`Pagina ${pages.length} van ${pages.length}`);
    expect(list).toContain('team 4 (gestopt)');
    // Progress counts programmes twice (grid, list) and ends complete.
    expect(progress[0]).toEqual([0, 12]);
    expect(progress.at(-1)).toEqual([12, 12]);
  });
});
