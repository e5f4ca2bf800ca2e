import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter, type Router } from '../../../electron/core/ipc/router';
import { createHandlers } from '../../../electron/core/services/handlers';
import { WorkspaceHost } from '../../../electron/core/workspace';
import type { ImportPreview } from '../../../shared/schemas/hoursRows';
import type { TaskProgress } from '../../../shared/schemas/files';
import { makeTempDir } from '../../helpers/tempDir';

// A large tracker export read in slices (the app passes a taskId): the same preview and the same entries as in
// one go, progress up to the end, and a Cancel while reading writes nothing.

let temp: ReturnType<typeof makeTempDir>;
let host: WorkspaceHost;
let router: Router;
let progress: TaskProgress[];

beforeEach(() => {
  temp = makeTempDir();
  host = new WorkspaceHost(temp.dir);
  progress = [];
  router = createRouter({ host, handlers: createHandlers(), actor: 'test', validateOutput: true, onProgress: (p) => progress.push(p) });
  const res = router.invoke('staff:create', { name: 'Anna de Vries', role: 'coach', employer: null, contractMinutesPerWeek: 1920, hourlyRateCents: 5000, effectiveFrom: '2020-01-01' });
  expect(res.ok).toBe(true);
});
afterEach(() => {
  host.close();
  temp.cleanup();
});

const HEAD = 'User;Date;Task;Duration;Description';
/** `rows` Kimai-like lines with semicolons, decimal commas and a quoted note with a newline now and then. */
function csv(rows: number, bad: number[] = []): string {
  const out = [HEAD];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const who = bad.includes(i) ? 'Onbekend' : 'Anna de Vries';
    const note = i % 997 === 0 ? `"regel ${i}\nmet een tweede regel"` : `werk ${i}`;
    out.push(`${who};${day}-0${1 + (i % 9)}-2024;Intake;1,5;${note}`);
  }
  return out.join('\n');
}
const ok = <T>(res: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value as T;
};
const entries = () => host.current.db.prepare(`SELECT count(*) FROM time_entries`).pluck().get() as number;

describe('hours import in slices', () => {
  it('previews a large file exactly as in one go, with progress to the end, and returns only the rows asked for', async () => {
    const text = csv(9_500, [5, 4_100, 9_499]);
    const whole = ok<ImportPreview>(router.invoke('hours:importPreview', { csv: text }));
    const sliced = ok<ImportPreview>(await router.invokeAsync('hours:importPreview', { csv: text, taskId: 'preview-1' }));
    expect(sliced).toEqual(whole);
    expect(whole.errorCount).toBe(3);
    expect(whole.rows.filter((r) => r.problems.length > 0).map((r) => r.staffName)).toEqual(['Onbekend', 'Onbekend', 'Onbekend']);
    expect(progress.at(-1)).toEqual({ taskId: 'preview-1', done: 9_500, total: 9_500 });
    const few = ok<ImportPreview>(await router.invokeAsync('hours:importPreview', { csv: text, taskId: 'preview-2', maxRows: 10 }));
    expect(few.rows).toHaveLength(10);
    expect(few.rows.slice(0, 3).map((r) => r.line)).toEqual(whole.rows.filter((r) => r.problems.length > 0).map((r) => r.line));
    expect([few.okCount, few.errorCount, few.totalMinutes]).toEqual([whole.okCount, whole.errorCount, whole.totalMinutes]);
  });

  it('imports a large file as one undo step, reporting progress through the write', async () => {
    const res = ok<{ imported: number; minutes: number }>(await router.invokeAsync('hours:import', { csv: csv(9_000), taskId: 'import-1' }));
    expect(res).toEqual({ imported: 9_000, minutes: 9_000 * 90 });
    expect(entries()).toBe(9_000);
    expect(progress.at(-1)).toEqual({ taskId: 'import-1', done: 18_000, total: 18_000 });
    ok(router.invoke('history:undo', undefined));
    expect(entries()).toBe(0);
  });

  it('stops on Cancel while reading and writes nothing', async () => {
    const running = router.invokeAsync('hours:import', { csv: csv(12_000), taskId: 'import-2' });
    // Cancel as soon as the first slice has been reported, as the user's click would.
    await new Promise<void>((resolve) => {
      const wait = () => (progress.length > 0 ? resolve() : setImmediate(wait));
      wait();
    });
    expect(router.invoke('tasks:cancel', { taskId: 'import-2' })).toEqual({ ok: true, value: { cancelled: true } });
    const res = await running;
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.code).toBe('cancelled');
    expect(entries()).toBe(0);
  });

  it('refuses a file with bad rows in slices too, listing each', async () => {
    const res = await router.invokeAsync('hours:import', { csv: csv(5_000, [10, 4_999]), taskId: 'import-3' });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('import_invalid');
    expect((res.error.details as { line: number }[]).map((d) => d.line)).toEqual([12, 5_001]);
    expect(entries()).toBe(0);
  });
});
