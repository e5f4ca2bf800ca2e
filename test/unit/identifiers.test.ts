import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeBrin, normalizeKvk, normalizePostcode, normalizeSbi } from '../../shared/domain/identifiers';
import { sizeClassOf } from '../../shared/domain/sizeClass';

describe('KvK numbers', () => {
  it('keeps leading zeros and strips what people type around the digits', () => {
    expect(normalizeKvk('01234567')).toBe('01234567');
    expect(normalizeKvk(' 0123 4567 ')).toBe('01234567');
    expect(normalizeKvk('0123.45.67')).toBe('01234567');
  });
  it('refuses anything that is not exactly 8 digits', () => {
    for (const bad of ['1234567', '123456789', '1234567a', '', '12345678901234']) expect(normalizeKvk(bad)).toBeNull();
  });
  it('accepts every 8-digit string unchanged', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{8}$/), (s) => normalizeKvk(s) === s));
  });
});

describe('postcodes', () => {
  it('normalises to "1234 AB"', () => {
    expect(normalizePostcode('3511ab')).toBe('3511 AB');
    expect(normalizePostcode(' 3511  Ab ')).toBe('3511 AB');
    expect(normalizePostcode('3511\u00a0AB')).toBe('3511 AB');
  });
  it('refuses leading zero and the letter pairs that are never issued', () => {
    for (const bad of ['0123 AB', '3511 SA', '3511 SD', '3511 SS', '351 AB', '3511 A1', '']) {
      expect(normalizePostcode(bad)).toBeNull();
    }
  });
});

describe('BRIN and SBI', () => {
  it('BRIN is 2 digits and 2 letters or digits, upper-cased', () => {
    expect(normalizeBrin('25lx')).toBe('25LX');
    expect(normalizeBrin('00AB')).toBe('00AB');
    expect(normalizeBrin('A5LX')).toBeNull();
    expect(normalizeBrin('25LXX')).toBeNull();
  });
  it('SBI has 4 or 5 digits; KvK dots are dropped', () => {
    expect(normalizeSbi('62.01')).toBe('6201');
    expect(normalizeSbi('47911')).toBe('47911');
    expect(normalizeSbi('620')).toBeNull();
  });
});

describe('size class', () => {
  it('micro below 10 FTE, small from 10 to 49', () => {
    expect(sizeClassOf(2)).toBe('micro');
    expect(sizeClassOf(9.9)).toBe('micro');
    expect(sizeClassOf(10)).toBe('small');
    expect(sizeClassOf(49.5)).toBe('small');
    expect(sizeClassOf(50)).toBeNull();
  });
});
