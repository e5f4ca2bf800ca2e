import { performance } from 'node:perf_hooks';
import type { DemoScale } from '../../shared/domain/constants';
import type { Channel } from '../../shared/ipc/channels';
import { generateDemo } from '../../electron/core/demo';
import { createRouter } from '../../electron/core/ipc/router';
import { createHandlers } from '../../electron/core/services/handlers';
import { WorkspaceHost } from '../../electron/core/workspace';
import { makeTempDir } from '../helpers/tempDir';
import { medianMs, printTable } from './measure';

// How the foundation's costs grow with data: demo generation and the list/report calls every screen makes,
// at small and large scale (10× the data), measured in one run and printed as ratios.

const CALLS: [Channel, unknown][] = [
  ['requests:list', undefined],
  ['smes:list', undefined],
  ['cohorts:list', {}],
  ['assignments:list', {}],
  ['capacity:summary', undefined],
  ['costs:monthly', { from: '2025-09-01', to: '2026-08-31' }],
  ['reports:summary', { from: '2025-09-01', to: '2026-08-31' }],
];

interface Measured { genMs: number; rows: number; calls: Record<string, number>; counts: Record<string, number> }

function measure(scale: DemoScale): Measured {
  const temp = makeTempDir('wp-bench-');
  const host = new WorkspaceHost(temp.dir);
  try {
    const t0 = performance.now();
    const result = generateDemo(host.current.db, { scale, today: '2026-11-27' });
    const genMs = performance.now() - t0;
    const router = createRouter({ host, handlers: createHandlers(), actor: 'bench' });
    const calls: Record<string, number> = {};
    for (const [channel, input] of CALLS) {
      calls[channel] = medianMs(() => {
        const r = router.invoke(channel, input);
        if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      }, scale === 'small' ? 9 : 5);
    }
    const counts = {
      requests: host.current.db.prepare(`SELECT count(*) FROM requests`).pluck().get() as number,
      teams: host.current.db.prepare(`SELECT count(*) FROM teams`).pluck().get() as number,
    };
    return { genMs, rows: result.totalRows, calls, counts };
  } finally {
    host.close();
    temp.cleanup();
  }
}

export function runFoundationBench(scales: DemoScale[]): void {
  const results = scales.map((s) => [s, measure(s)] as const);
  const [base] = results;
  const header = ['', ...results.map(([s]) => s), ...results.slice(1).map(([s]) => `${s}/${base![0]}`)];
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
  printTable('Demo workspace', header, [
    ['rows written', ...results.map(([, m]) => m.rows), ...results.slice(1).map(([, m]) => ratio(m.rows, base![1].rows))],
    ['requests', ...results.map(([, m]) => m.counts.requests!), ...results.slice(1).map(([, m]) => ratio(m.counts.requests!, base![1].counts.requests!))],
    ['generation (ms)', ...results.map(([, m]) => m.genMs), ...results.slice(1).map(([, m]) => ratio(m.genMs, base![1].genMs))],
  ]);
  printTable('Screen data through the router, median ms (ratio = growth for ~10× data)', header,
    CALLS.map(([c]) => [c, ...results.map(([, m]) => m.calls[c]!), ...results.slice(1).map(([, m]) => ratio(m.calls[c]!, base![1].calls[c]!))]));
}
