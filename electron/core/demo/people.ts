import type { Rng } from './random';
import { FIRST_NAMES, SURNAMES } from './words';

export interface Person {
  first: string;
  last: string;
  full: string;
}

export function person(rng: Rng): Person {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(SURNAMES);
  return { first, last, full: `${first} ${last}` };
}

/** "van der Meer" at the start of a name is written "Van der Meer" (Dutch spelling rule). */
export function capitalised(surname: string): string {
  return surname.charAt(0).toUpperCase() + surname.slice(1);
}

/** Lower-case ASCII slug for e-mail addresses and domains. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'en')
    .replace(/[^a-z0-9]+/g, '');
}

export function emailOf(p: Person, domain: string): string {
  return `${slug(p.first)}.${slug(p.last)}@${domain}`;
}

export function phoneOf(rng: Rng, areaCode: string): string {
  if (rng.chance(0.45)) return `06-${String(rng.int(10_000_000, 99_999_999))}`;
  const digits = 10 - areaCode.length;
  const local = String(rng.int(2 * 10 ** (digits - 1), 10 ** digits - 1));
  return `${areaCode}-${local}`;
}
