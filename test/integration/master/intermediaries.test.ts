import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';

let core: Core;
beforeEach(() => {
  core = openCore();
});
afterEach(() => core.close());

describe('intermediaries', () => {
  it('are added from the SME form, a known name gives the existing one back, and undo removes a new one', () => {
    const bank = core.call('intermediaries:create', { name: 'Rabobank Rivierstad', kind: 'bank' }).id;
    expect(core.call('intermediaries:list')).toEqual([{ id: bank, name: 'Rabobank Rivierstad', kind: 'bank', smeCount: 0, archived: false }]);
    expect(core.call('intermediaries:create', { name: 'rabobank rivierstad', kind: 'other' }).id).toBe(bank);
    const sme = core.call('smes:create', { name: 'Bakkerij Bol', kvk: '01234567', fte: 3, intermediaryId: bank });
    expect(sme.intermediaryName).toBe('Rabobank Rivierstad');
    expect(core.fail('intermediaries:create', { name: '  ', kind: 'bank' }).code).toBe('invalid_input');

    const ondernemers = core.call('intermediaries:create', { name: 'Ondernemersvereniging Oost', kind: 'business_association' }).id;
    core.call('history:undo');
    expect(core.call('intermediaries:list').map((i) => i.id)).toEqual([bank]);
    expect(ondernemers).toBeGreaterThan(bank);
  });

  it('are renamed and re-kinded, refuse a name another one has, and each change is one undo step', () => {
    const bank = core.call('intermediaries:create', { name: 'Rabobank Rivierstad', kind: 'bank' }).id;
    const kvk = core.call('intermediaries:create', { name: 'KvK-loket Oost', kind: 'chamber' }).id;
    core.call('smes:create', { name: 'Bakkerij Bol', kvk: '01234567', fte: 3, intermediaryId: bank });

    core.call('intermediaries:update', { id: bank, values: { name: 'Rabobank Rivierland', kind: 'bank' } });
    expect(core.call('smes:list').find((s) => s.name === 'Bakkerij Bol')?.intermediaryName).toBe('Rabobank Rivierland');
    const taken = core.fail('intermediaries:update', { id: kvk, values: { name: 'rabobank rivierland', kind: 'chamber' } });
    expect(taken.code).toBe('name_taken');
    expect(taken.message).toBe('Er is al een intermediair met de naam “Rabobank Rivierland”.');
    expect(core.call('intermediaries:list').map((i) => i.name)).toEqual(['KvK-loket Oost', 'Rabobank Rivierland']);
    expect(core.fail('intermediaries:update', { id: 999, values: { name: 'X', kind: 'bank' } }).code).toBe('not_found');

    core.call('history:undo');
    expect(core.call('intermediaries:list').map((i) => i.name)).toEqual(['KvK-loket Oost', 'Rabobank Rivierstad']);
  });

  it('are archived out of the pick list, keep their companies, and come back when restored', () => {
    const bank = core.call('intermediaries:create', { name: 'Rabobank Rivierstad', kind: 'bank' }).id;
    core.call('smes:create', { name: 'Bakkerij Bol', kvk: '01234567', fte: 3, intermediaryId: bank });

    core.call('intermediaries:archive', { id: bank, archived: true });
    expect(core.call('intermediaries:list')).toEqual([]);
    expect(core.call('intermediaries:archived')).toEqual([{ id: bank, name: 'Rabobank Rivierstad', kind: 'bank', smeCount: 1, archived: true }]);
    expect(core.call('smes:list').find((s) => s.name === 'Bakkerij Bol')?.intermediaryName).toBe('Rabobank Rivierstad');

    core.call('intermediaries:archive', { id: bank, archived: false });
    expect(core.call('intermediaries:list').map((i) => i.id)).toEqual([bank]);
    expect(core.call('intermediaries:archived')).toEqual([]);
    core.call('history:undo');
    expect(core.call('intermediaries:archived').map((i) => i.id)).toEqual([bank]);
  });
});
