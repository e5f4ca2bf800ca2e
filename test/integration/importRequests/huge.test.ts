import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesOf, openImportCore, seedWorld, type ImportCore } from './world';

// A 50,000-row export, made here rather than committed: three rows are broken. All-or-nothing refuses it and
// changes nothing; valid-only imports the other 49,997 as one action (one undo step: undo itself is tested on the small files); progress is reported along the way.

const ROWS = 50_000;
const BAD = new Map<number, string[]>([
  [10, ['Bedrijf 10', '1234', '3', '3511 AB']],
  [25_000, ['Bedrijf 25000', '70025000', 'veel', '3511 AB']],
  [49_999, ['Bedrijf 49999', '70049999', '3', '0000 AA']],
]);

function hugeCsv(): string {
  const lines = ['Bedrijfsnaam;KvK-nummer;fte;Postcode;Vraag;Ontvangen op'];
  for (let i = 1; i <= ROWS; i++) {
    const cells = BAD.get(i) ?? [`Bedrijf ${i}`, String(70_000_000 + i), String(1 + (i % 40)), `${1000 + (i % 8999)} AB`];
    lines.push([...cells, `Vraag nummer ${i}`, '02-11-2026'].join(';'));
  }
  return lines.join('\n');
}

let core: ImportCore;
let file: { name: string; base64: string };
beforeAll(async () => {
  core = openImportCore();
  await seedWorld(core);
  file = bytesOf('groot.csv', hugeCsv());
});
afterAll(() => core.close());

describe('a huge file', () => {
  it('a commit cancelled while it checks the file writes nothing and says so', async () => {
    const before = core.snapshot();
    const off = core.onProgress((p) => {
      if (p.taskId === 'huge-cancel') void core.call('tasks:cancel', { taskId: 'huge-cancel' });
    });
    const err = await core.fail('importRequests:commit', { file, mode: 'validOnly', taskId: 'huge-cancel' });
    off();
    expect(err.code).toBe('cancelled');
    expect(err.message).toBe('Geannuleerd: er is niets gewijzigd.');
    expect(core.snapshot()).toEqual(before);
  });

  it('lists the three bad rows among 50,000, refuses all-or-nothing, and imports the rest when asked', async () => {
    const p = await core.call('importRequests:preview', { file, taskId: 'huge-preview' });
    expect(p.counts).toEqual({ rows: ROWS, valid: ROWS - 3, invalid: 3, newSmes: ROWS - 3, existingSmes: 0, repeats: 0 });
    expect(p.rows.filter((r) => r.problems.length > 0).map((r) => [r.line, r.problems[0]!.message])).toEqual([
      [11, 'KvK-nummer “1234”: Een KvK-nummer bestaat uit precies 8 cijfers (voorloopnullen tellen mee).'],
      [25_001, 'Aantal fte “veel” is geen getal.'],
      [50_000, 'Postcode “0000 AA”: Gebruik een postcode als 1234 AB (4 cijfers, niet beginnend met 0, en 2 letters).'],
    ]);
    // The preview carries every problem row but only a sample of the clean ones.
    expect(p.hiddenClean).toBe(ROWS - 3 - 200);
    const seen = core.progress.filter((x) => x.taskId === 'huge-preview');
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toMatchObject({ done: ROWS, total: ROWS });

    const before = core.snapshot();
    expect((await core.fail('importRequests:commit', { file, mode: 'all' })).message).toContain('3 van de 50000 regels hebben een probleem');
    expect(core.snapshot()).toEqual(before);

    const result = await core.call('importRequests:commit', { file, mode: 'validOnly', taskId: 'huge-commit' });
    expect(result).toEqual({ requests: ROWS - 3, newSmes: ROWS - 3, updatedSmes: 0, skipped: 3 });
    expect(core.count(`SELECT count(*) FROM requests`)).toBe(ROWS - 3);
    expect(core.count(`SELECT count(*) FROM smes WHERE kvk = '70025000'`)).toBe(0);
    expect(core.count(`SELECT count(DISTINCT group_id) FROM change_log WHERE entity = 'requests'`)).toBe(1);
  }, 300_000);
});
