import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';
import { buildWorld } from '../planner/world';

let core: Core;
let w: ReturnType<typeof buildWorld>;
beforeEach(() => {
  core = openCore();
  w = buildWorld(core);
});
afterEach(() => core.close());

const archivedAt = (table: string, id: number) => core.db().prepare(`SELECT archived_at FROM ${table} WHERE id = ?`).pluck().get(id);

describe('archived requests', () => {
  it('leave the pipeline, are listed in the archive with their date, and come back on restore', () => {
    core.call('requests:archive', { id: w.requests.bikes, archived: true });
    expect(core.call('requests:list').map((r) => r.id)).not.toContain(w.requests.bikes);
    const archived = core.call('requests:archived');
    expect(archived.map((r) => [r.id, r.smeName, r.status])).toEqual([[w.requests.bikes, 'Fietsenmaker Spaak', 'ready_for_matching']]);
    expect(archived[0]!.archivedAt).toBe(archivedAt('requests', w.requests.bikes));

    core.call('requests:archive', { id: w.requests.bikes, archived: false });
    expect(core.call('requests:archived')).toEqual([]);
    expect(core.call('requests:list').find((r) => r.id === w.requests.bikes)?.status).toBe('ready_for_matching');
    expect(archivedAt('requests', w.requests.bikes)).toBeNull();
  });

  it('undo of an archive puts the request back in one step', () => {
    core.call('requests:archive', { id: w.requests.data, archived: true });
    core.call('history:undo');
    expect(core.call('requests:archived')).toEqual([]);
    expect(core.call('requests:list').map((r) => r.id)).toContain(w.requests.data);
  });
});

describe('archived cohorts', () => {
  it('leave the capacity list, are listed per term in the archive, and come back with their teams on restore', () => {
    core.call('cohorts:archive', { id: w.cohortId, archived: true });
    expect(core.call('cohorts:list', {})).toEqual([]);
    expect(core.call('capacity:summary').find((c) => c.termId === w.termId)?.teams ?? 0).toBe(0);
    const archived = core.call('cohorts:archived', { termId: w.termId });
    expect(archived.map((c) => [c.id, c.programmeName, c.teamCount])).toEqual([[w.cohortId, 'Software Developer', 2]]);
    expect(core.call('cohorts:archived')).toHaveLength(1);

    const otherTerm = core.call('terms:create', { schoolId: w.schoolId, name: 'Periode 2', startDate: '2026-11-09', endDate: '2027-01-31' }).id;
    expect(core.call('cohorts:archived', { termId: otherTerm })).toEqual([]);

    core.call('cohorts:archive', { id: w.cohortId, archived: false });
    expect(core.call('cohorts:archived')).toEqual([]);
    expect(core.call('cohorts:list', {}).map((c) => c.id)).toEqual([w.cohortId]);
    expect(core.call('teams:list', { cohortId: w.cohortId })).toHaveLength(2);
    expect(core.call('capacity:summary').find((c) => c.termId === w.termId)?.teams).toBe(2);
  });
});

describe('every other record type lists its archived rows with a flag and restores them', () => {
  it.each([
    ['schools', 'schools:archive', 'schools:list', () => w.schoolId],
    ['programmes', 'programmes:archive', 'programmes:list', () => w.programmeId],
    ['terms', 'terms:archive', 'terms:list', () => w.termId],
    ['offerings', 'offerings:archive', 'offerings:list', () => w.website],
  ] as const)('%s', (table, archive, list, idOf) => {
    const id = idOf();
    core.call(archive, { id, archived: true });
    expect((core.call(list) as { id: number; archived: boolean }[]).find((r) => r.id === id)?.archived).toBe(true);
    expect(archivedAt(table, id)).not.toBeNull();
    core.call(archive, { id, archived: false });
    expect((core.call(list) as { id: number; archived: boolean }[]).find((r) => r.id === id)?.archived).toBe(false);
  });

  it('SMEs', () => {
    const sme = core.call('smes:list')[0]!;
    core.call('smes:archive', { id: sme.id, archived: true });
    expect(core.call('smes:list').find((s) => s.id === sme.id)?.archived).toBe(true);
    core.call('smes:archive', { id: sme.id, archived: false });
    expect(core.call('smes:list').find((s) => s.id === sme.id)?.archived).toBe(false);
  });
});
