import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Axis } from '../model/axis';

/**
 * Where the grid is scrolled: a new set of weeks opens at today (two weeks of past in view), and a new zoom
 * keeps the same week at the left edge instead of jumping elsewhere.
 */
export function useScrollAnchors(scrollerRef: RefObject<HTMLDivElement | null>, axis: Axis, weekWidth: number): void {
  const shown = useRef<{ key: string; width: number } | null>(null);
  const key = `${axis.weeks[0] ?? ''}:${axis.weeks.length}`;
  const today = axis.today;
  useLayoutEffect(() => {
    const s = scrollerRef.current;
    if (!s) return;
    const before = shown.current;
    if (!before || before.key !== key) {
      s.scrollLeft = today !== null ? Math.max(0, (Math.floor(today) - 2) * weekWidth) : 0;
    } else if (before.width !== weekWidth) {
      s.scrollLeft = (s.scrollLeft / before.width) * weekWidth;
    }
    shown.current = { key, width: weekWidth };
  }, [scrollerRef, key, today, weekWidth]);
}
