import { describe, expect, it } from 'vitest';
import { sbiSection } from '../../../electron/core/services/report/sbiSections';

// The sector of the funder report: SBI 2025 lettering, which codes in SBI 2008 map onto by their division.
describe('SBI section of a code', () => {
  it.each([
    ['0113', 'A'], ['1071', 'C'], ['4120', 'F'], ['4520', 'G'], ['4711', 'G'], ['5610', 'I'], ['5811', 'J'], ['6201', 'K'],
    ['6311', 'K'], ['6419', 'L'], ['6820', 'M'], ['69201', 'N'], ['7311', 'N'], ['8121', 'O'], ['8510', 'Q'], ['8690', 'R'],
    ['9311', 'S'], ['9602', 'T'], ['9900', 'V'],
  ])('%s is in section %s', (code, section) => expect(sbiSection(code)).toBe(section));

  it('knows no section for a missing, malformed or unused division', () => {
    for (const code of [null, '', '12', 'abcd', '0412', '4412', '5700']) expect(sbiSection(code)).toBeNull();
  });
});
