// Typed-array helpers for building the solver's model at huge scale (candidates.ts): millions of numbers, so
// plain loops over typed arrays rather than objects, and a selection where a sort would do more than needed.

export function grown<T extends Int32Array | Float64Array>(a: T): T {
  const next = new (a.constructor as new (n: number) => T)(a.length * 2);
  next.set(a);
  return next;
}

/** Working space for one shape's entries, reused from shape to shape. */
export interface Scratch { cls: Int32Array; start: Int32Array; score: Float64Array }
export const newScratch = (size: number): Scratch => ({ cls: new Int32Array(size), start: new Int32Array(size), score: new Float64Array(size) });

/**
 * The indices of the `k` best of the first `n` scores, best first (ties: lower index first). A
 * selection, not a sort: a shape of a huge snapshot has thousands of entries and a cap needs only its best few.
 */
export function bestOf(score: Float64Array, n: number, k: number): Int32Array {
  const kth = kthLargest(score.slice(0, n), k);
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (score[i]! > kth) out.push(i);
  for (let i = 0; i < n && out.length < k; i++) if (score[i] === kth) out.push(i);
  return Int32Array.from(out).sort((a, b) => score[b]! - score[a]! || a - b);
}

/** The k-th largest value (1-based) by quickselect; reorders `xs`. */
function kthLargest(xs: Float64Array, k: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i]! > pivot) i++;
      while (xs[j]! < pivot) j--;
      if (i <= j) {
        const t = xs[i]!;
        xs[i++] = xs[j]!;
        xs[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return xs[target]!;
  }
  return xs[target]!;
}
