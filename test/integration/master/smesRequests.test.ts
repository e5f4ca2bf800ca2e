import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';

let core: Core;
beforeEach(() => {
  core = openCore();
});
afterEach(() => core.close());

const sme = (name: string, kvk: string, postcode = '3511 AB') => core.call('smes:create', { name, kvk, fte: 4, postcode }).id;

describe('SMEs', () => {
  it('refuses an invalid KvK and postcode with messages per field, and stores nothing', () => {
    const err = core.fail('smes:create', { name: 'Kapsalon Knip', kvk: '1234', fte: 3, postcode: '12345' });
    expect(err.details).toEqual([
      { path: ['kvk'], key: 'field.kvk', message: 'Een KvK-nummer bestaat uit precies 8 cijfers (voorloopnullen tellen mee).' },
      { path: ['postcode'], key: 'field.postcode', message: 'Gebruik een postcode als 1234 AB (4 cijfers, niet beginnend met 0, en 2 letters).' },
    ]);
    expect(core.count(`SELECT count(*) FROM smes`)).toBe(0);
  });

  it('finds duplicates by name and postcode (ignoring case and "B.V.") and merges them keeping every request', () => {
    const a = sme('Fietsenmaker Spaak B.V.', '11111111');
    const b = sme('fietsenmaker spaak', '22222222');
    const other = sme('Fietsenmaker Spaak', '33333333', '9711 AA'); // same name, other town
    for (const [smeId, q] of [[a, 'Webshop'], [b, 'Social media'], [b, 'Cyberscan']] as const) {
      core.call('requests:create', { smeId, question: q, receivedOn: '2026-09-01' });
    }
    const groups = core.call('smes:duplicates');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.reason).toBe('name_postcode');
    expect(groups[0]!.smes.map((s) => s.id).sort()).toEqual([a, b]);

    core.call('smes:merge', { keepId: a, mergeIds: [b] });
    const list = core.call('smes:list');
    expect(list.map((s) => s.id).sort()).toEqual([a, other]);
    expect(list.find((s) => s.id === a)!.requestCount).toBe(3);
    expect(core.call('requests:list').every((r) => r.smeId === a)).toBe(true);
    expect(core.call('smes:duplicates')).toEqual([]);
    // The merged record stays, marked, so its history is still readable.
    expect(core.db().prepare(`SELECT merged_into_id FROM smes WHERE id = ?`).pluck().get(b)).toBe(a);
  });

  it('undo of a merge gives both companies their own requests back', () => {
    const a = sme('Bakkerij Bol', '11111111');
    const b = sme('Bakkerij Bol', '22222222');
    core.call('requests:create', { smeId: b, question: 'Website', receivedOn: '2026-09-01' });
    core.call('smes:merge', { keepId: a, mergeIds: [b] });
    core.call('history:undo');
    expect(core.call('smes:list').map((s) => [s.id, s.requestCount])).toEqual([[a, 0], [b, 1]]);
  });

  it('refuses to give a second company a KvK number that is taken', () => {
    sme('Bakkerij Bol', '11111111');
    const b = sme('Slagerij Vos', '22222222');
    const err = core.fail('smes:update', { id: b, values: { name: 'Slagerij Vos', kvk: '11111111', fte: 4 } });
    expect(err.message).toBe('Er is al een bedrijf met KvK-nummer 11111111: Bakkerij Bol.');
  });
});

describe('requests and the pipeline', () => {
  it('moves through the pipeline with history, needs a reason to reject, and shows every change', () => {
    const smeId = sme('Bakkerij Bol', '01234567');
    const { id } = core.call('requests:create', { smeId, question: 'Meer klanten online', digitalMaturity: 4, goals: ['meer omzet'], receivedOn: '2026-09-01' });
    for (const status of ['intake_planned', 'intake_done', 'ready_for_matching'] as const) {
      core.call('requests:setStatus', { requestId: id, status, on: '2026-09-10' });
    }
    expect(core.fail('requests:setStatus', { requestId: id, status: 'rejected' }).code).toBe('invalid_input');
    core.call('requests:setStatus', { requestId: id, status: 'withdrawn', reason: 'Bedrijf gestopt', on: '2026-09-20' });
    core.call('requests:update', { id, values: { smeId, question: 'Meer klanten via Instagram', digitalMaturity: 5, priority: 'high' } });
    const detail = core.call('requests:detail', { id });
    expect(detail.statusHistory.map((h) => h.toStatus)).toEqual(['new', 'intake_planned', 'intake_done', 'ready_for_matching', 'withdrawn']);
    expect(detail.statusHistory.at(-1)).toMatchObject({ reason: 'Bedrijf gestopt', fromStatus: 'ready_for_matching' });
    expect(detail.values).toMatchObject({ question: 'Meer klanten via Instagram', digitalMaturity: 5, priority: 'high', goals: [] });
    const fields = detail.changes.filter((c) => c.action === 'update').map((c) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['question', 'digital_maturity', 'priority', 'status', 'status_reason', 'goals']));
  });

  it('undo restores the previous status and redo applies it again', () => {
    const smeId = sme('Bakkerij Bol', '01234567');
    const { id } = core.call('requests:create', { smeId, receivedOn: '2026-09-01' });
    core.call('requests:setStatus', { requestId: id, status: 'intake_planned' });
    expect(core.call('history:state')).toMatchObject({ canUndo: true, undoLabel: 'requests:setStatus' });
    core.call('history:undo');
    expect(core.call('requests:list')[0]!.status).toBe('new');
    expect(core.call('requests:detail', { id }).statusHistory).toHaveLength(1);
    core.call('history:redo');
    expect(core.call('requests:list')[0]!.status).toBe('intake_planned');
  });
});
