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
    expect(core.call('intermediaries:list')).toEqual([{ id: bank, name: 'Rabobank Rivierstad', kind: 'bank', smeCount: 0 }]);
    expect(core.call('intermediaries:create', { name: 'rabobank rivierstad', kind: 'other' }).id).toBe(bank);
    const sme = core.call('smes:create', { name: 'Bakkerij Bol', kvk: '01234567', fte: 3, intermediaryId: bank });
    expect(sme.intermediaryName).toBe('Rabobank Rivierstad');
    expect(core.fail('intermediaries:create', { name: '  ', kind: 'bank' }).code).toBe('invalid_input');

    const ondernemers = core.call('intermediaries:create', { name: 'Ondernemersvereniging Oost', kind: 'business_association' }).id;
    core.call('history:undo');
    expect(core.call('intermediaries:list').map((i) => i.id)).toEqual([bank]);
    expect(ondernemers).toBeGreaterThan(bank);
  });
});
