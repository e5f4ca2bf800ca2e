// SBI section (the letter above the 2-digit division) of a company's main activity, in SBI 2025 lettering.
// SBI 2025 follows NACE Rev. 2.1; SBI 2008 follows NACE Rev. 2. The divisions kept their numbers, but 2.1 split
// "information and communication" (58–63) into J (58–60) and K (61–63), so every later letter moved one on,
// and folded motor-vehicle trade (45) into G. Mapping by division puts companies coded in either version in
// one list, which is what a funder compares year on year.

type Range = readonly [from: number, to: number, section: string];

const SECTIONS: readonly Range[] = [
  [1, 3, 'A'], [5, 9, 'B'], [10, 33, 'C'], [35, 35, 'D'], [36, 39, 'E'], [41, 43, 'F'], [45, 47, 'G'], [49, 53, 'H'],
  [55, 56, 'I'], [58, 60, 'J'], [61, 63, 'K'], [64, 66, 'L'], [68, 68, 'M'], [69, 75, 'N'], [77, 82, 'O'], [84, 84, 'P'],
  [85, 85, 'Q'], [86, 88, 'R'], [90, 93, 'S'], [94, 96, 'T'], [97, 98, 'U'], [99, 99, 'V'],
];

/** The section letter of an SBI code (4 or 5 digits), or null when there is no code or it fits no section. */
export function sbiSection(code: string | null): string | null {
  if (!code || !/^\d{4,5}$/.test(code)) return null;
  const division = Number(code.slice(0, 2));
  return SECTIONS.find(([from, to]) => division >= from && division <= to)?.[2] ?? null;
}

export const SECTION_LETTERS: readonly string[] = SECTIONS.map((s) => s[2]);
