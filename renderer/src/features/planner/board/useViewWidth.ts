import { useLayoutEffect, useState, type RefObject } from 'react';

/** The inner width of an element, kept up to date as the window or the layout changes. */
export function useViewWidth(ref: RefObject<HTMLElement | null>, mounted: boolean): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !mounted) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, mounted]);
  return width;
}
