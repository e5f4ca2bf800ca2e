import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import type { DemoScale } from '../../shared/domain/constants';
import { checkPlacement, indexSnapshot } from '../../shared/domain/planning/placement';
import { addWeeksToKey } from '../../shared/domain/weeks';
import { generateDemo } from '../../electron/core/demo';
import { createRouter } from '../../electron/core/ipc/router';
import { createHandlers } from '../../electron/core/services/handlers';
import { WorkspaceHost } from '../../electron/core/workspace';
import { installBridge, sendDataChanged } from '../e2e/harness/bridge';
import { startStaticServer } from '../e2e/harness/staticServer';
import { printTable } from './measure';

// The planner in Chromium on the real core: time to first render (click on Planner until the bars are drawn)
// and time from a drop to the bar redrawn at its new place (the move command committed in SQLite, data:changed
// sent, the snapshot refetched and the grid re-rendered). The drop is issued through window.api, as the
// drop handler does, so pointer-event timing does not blur the comparison between scales.

const RENDERER = path.resolve('out/renderer');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Result { teams: number; bars: number; firstRenderMs: number; dropMs: number }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(scale: DemoScale, rendererUrl: string): Promise<Result> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-bench-planner-'));
  const host = new WorkspaceHost(folder);
  generateDemo(host.current.db, { scale, today: '2026-11-27' });
  let page: Page | null = null;
  const browser = await chromium.launch({ executablePath: process.env.WP_CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  try {
    const router = createRouter({ host, handlers: createHandlers(), actor: 'bench', onChanged: (t) => page && void sendDataChanged(page, t) });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    // tsx keeps function names with an injected __name() helper; the bridge's init script is sent as source text.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    // The terms the page itself asked for: the table reports the size of what the planner really shows.
    let shownTerms: number[] = [];
    await installBridge(page, (c, i) => {
      if (c === 'planner:data') shownTerms = (i as { termIds: number[] }).termIds;
      return router.invokeAsync(c, i);
    });
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(rendererUrl);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 120_000 });

    const firsts: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.getByRole('link', { name: 'Aanvragen', exact: true }).click();
      const t0 = performance.now();
      await page.getByRole('link', { name: 'Planner', exact: true }).click();
      await page.locator('[data-testid="plan-bar"]').first().waitFor();
      firsts.push(performance.now() - t0);
    }

    // A planned bar that can move one week later without breaking a hard rule, on a row that is drawn.
    const drawn = new Set(await page.locator('[data-testid="plan-bar"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-assignment-id')))));
    const data = router.invoke('planner:data', { termIds: shownTerms });
    if (!data.ok) throw new Error(data.error.message);
    const idx = indexSnapshot(data.value as never);
    const bar = (data.value as { assignments: { id: number; requestId: number; teamId: number; startWeek: string; endWeek: string; status: string }[] }).assignments
      .find((a) => a.status === 'planned' && drawn.has(a.id) && !checkPlacement(idx, {
        requestId: a.requestId, teamId: a.teamId, startWeek: addWeeksToKey(a.startWeek, 1), endWeek: addWeeksToKey(a.endWeek, 1),
      }, new Set([a.id])).some((v) => v.hard));
    if (!bar) throw new Error(`no movable bar in the ${scale} demo`);
    const drops: number[] = [];
    for (let i = 0; i < 6; i++) {
      const start = i % 2 === 0 ? addWeeksToKey(bar.startWeek, 1) : bar.startWeek;
      const before = await page.locator(`[data-assignment-id="${bar.id}"][data-testid="plan-bar"]`).boundingBox();
      const t0 = performance.now();
      await page.evaluate(([id, teamId, startWeek]) => window.api['planner:move']({ moves: [{ assignmentId: id, teamId, startWeek }] }),
        [bar.id, bar.teamId, start] as const);
      await page.waitForFunction(([id, x]) => {
        const el = document.querySelector(`[data-testid="plan-bar"][data-assignment-id="${id}"]`);
        return !!el && Math.abs(el.getBoundingClientRect().x - x) > 2;
      }, [bar.id, before!.x] as const);
      drops.push(performance.now() - t0);
    }
    return {
      teams: (data.value as { teams: unknown[] }).teams.length,
      bars: (data.value as { assignments: unknown[] }).assignments.length,
      firstRenderMs: median(firsts),
      dropMs: median(drops),
    };
  } finally {
    await browser.close();
    host.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export async function runPlannerBench(scales: DemoScale[]): Promise<void> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) {
    console.log('\nPlanner: skipped, no built renderer (run `npx electron-vite build` first).');
    return;
  }
  const server = await startStaticServer(RENDERER);
  try {
    const results: [DemoScale, Result][] = [];
    for (const s of scales.filter((x) => x !== 'huge')) results.push([s, await measure(s, server.url)]);
    const [base] = results;
    const header = ['', ...results.map(([s]) => s), ...results.slice(1).map(([s]) => `${s}/${base![0]}`)];
    const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
    const row = (label: string, f: (r: Result) => number) =>
      [label, ...results.map(([, r]) => f(r)), ...results.slice(1).map(([, r]) => ratio(f(r), f(base![1])))];
    printTable('Planner in Chromium (its default term view), median ms', header, [
      row('teams in the shown terms', (r) => r.teams),
      row('bars in the shown terms', (r) => r.bars),
      row('first render (click → bars drawn)', (r) => r.firstRenderMs),
      row('drop → committed and redrawn', (r) => r.dropMs),
    ]);
  } finally {
    await server.close();
  }
}
