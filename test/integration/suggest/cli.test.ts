import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/core/demo';
import { Workspace } from '../../../electron/core/workspace';
import type { InstanceDump } from '../../../shared/domain/suggest/dump';
import { makeTempDir } from '../../helpers/tempDir';

// `npm run cli -- suggest` in a child process on a small demo file: the plan as text and JSON, and the dumped
// instance, whose chosen candidates keep every constraint and add up to the objective.

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const temp = makeTempDir('wp-cli-suggest-');
afterAll(() => temp.cleanup());

const cli = (...args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
  execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli/index.ts'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 },
    (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }));
});

it('prints the proposal and dumps the instance', async () => {
  const file = path.join(temp.dir, 'demo.db');
  const ws = Workspace.open(file);
  generateDemo(ws.db, { scale: 'small', today: '2026-11-27' });
  // The term with the most teams beginning after the demo's "today".
  const term = ws.db.prepare(`SELECT t.id FROM terms t JOIN cohorts c ON c.term_id = t.id WHERE t.start_date > '2026-11-27'
    GROUP BY t.id ORDER BY sum(c.team_count) DESC LIMIT 1`).pluck().get() as number;
  ws.close();
  const dump = path.join(temp.dir, 'instance.json');
  const [text, json, dumped, bad] = await Promise.all([
    cli('suggest', '--db', file, '--term', String(term), '--today', '2026-11-27'),
    cli('suggest', '--db', file, '--term', String(term), '--today', '2026-11-27', '--json'),
    cli('suggest', '--db', file, '--term', String(term), '--today', '2026-11-27', '--dump-instance', dump),
    cli('suggest', '--db', file),
  ]);
  expect(text.code).toBe(0);
  expect(text.stdout).toMatch(/doelwaarde \d+ \(gretig \d+, bewezen optimaal\)/);
  const proposal = JSON.parse(json.stdout) as { suggestions: { score: number }[]; objective: number };
  expect(proposal.suggestions.length).toBeGreaterThan(0);
  expect(proposal.objective).toBe(proposal.suggestions.reduce((a, s) => a + s.score, 0));
  expect(dumped.code).toBe(0);
  const inst = JSON.parse(fs.readFileSync(dump, 'utf8')) as InstanceDump;
  expect(inst.objective).toBe(proposal.objective);
  expect(inst.chosen.reduce((a, c) => a + inst.candidates[c]!.score, 0)).toBe(inst.objective);
  const chosen = new Set(inst.chosen);
  for (const c of inst.constraints) expect(c.candidates.filter((id) => chosen.has(id)).length).toBeLessThanOrEqual(c.max);
  expect(inst.constraints.some((c) => c.name.startsWith('request ') && c.max === 1)).toBe(true);
  expect(inst.constraints.some((c) => c.name.startsWith('team-week ') && c.max >= 1)).toBe(true);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/term/);
});
