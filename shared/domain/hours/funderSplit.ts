/** One funder's share of a person's cost, in basis points (10000 = 100 %). */
export interface FunderShare {
  funderId: number;
  bp: number;
}

/**
 * Splits an entry's cost over funders by their shares, in whole cents, so the parts always add up to the
 * share-weighted total: each funder gets the floor of its exact part, and the cents left over go one by one to
 * the largest fractional remainders (ties: lower funder id). Shares adding up to less than 100 % leave the
 * rest unassigned (returned as `unassigned`), never lost.
 */
export function splitCents(cents: number, shares: readonly FunderShare[]): { parts: Map<number, number>; unassigned: number } {
  const parts = new Map<number, number>();
  const total = shares.reduce((s, x) => s + x.bp, 0);
  if (cents === 0 || shares.length === 0 || total === 0) return { parts, unassigned: cents };
  // Cents the funders carry together (rounded half up; shares above 100 % carry it all, in proportion).
  const covered = total >= 10000 ? cents : Math.floor((cents * total + 5000) / 10000);
  const exact = shares.map((s) => ({ id: s.funderId, num: covered * s.bp }));
  let given = 0;
  for (const e of exact) {
    const part = Math.floor(e.num / total);
    parts.set(e.id, part);
    given += part;
  }
  const order = [...exact].sort((a, b) => (b.num % total) - (a.num % total) || a.id - b.id);
  for (let i = 0; given < covered; i = (i + 1) % order.length, given++) {
    const id = order[i]!.id;
    parts.set(id, parts.get(id)! + 1);
  }
  return { parts, unassigned: cents - covered };
}
