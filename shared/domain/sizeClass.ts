import type { SizeClass } from './constants';

/** EU size classes as the werkplaats reports them: micro below 10 FTE, small from 10 to 49. */
export function sizeClassOf(fte: number): SizeClass | null {
  if (!Number.isFinite(fte) || fte < 0) return null;
  if (fte < 10) return 'micro';
  if (fte < 50) return 'small';
  return null;
}
