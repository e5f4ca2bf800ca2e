import type { Geometry } from '../dnd/geometry';
import { HEADER_HEIGHT, LABEL_WIDTH } from '../model/layout';

/**
 * Scrolls a bar into the middle of the grid and gives it the focus. Its row may not be rendered yet (rows are
 * virtualised, or a group was just unfolded), so this retries on the next frames until the bar is in the DOM.
 */
export function focusBar(
  geometry: () => Geometry,
  /** Where the bar is in the latest picture (a bar just saved may only be in the next one). */
  locate: () => { teamId: number; startCol: number } | null,
  assignmentId: number,
  tries = 30,
): void {
  const step = (left: number) => {
    const g = geometry();
    const s = g.scroller;
    const at = locate();
    const row = at ? g.rows.rowOfTeam.get(at.teamId) : undefined;
    if (!s || !at || row === undefined) {
      if (left > 0) requestAnimationFrame(() => step(left - 1));
      return;
    }
    const y = g.rows.offsets[row]!;
    const wantTop = Math.max(0, y - (s.clientHeight - HEADER_HEIGHT) / 2);
    const x = at.startCol * g.weekWidth;
    const viewWidth = s.clientWidth - LABEL_WIDTH;
    const wantLeft = x < s.scrollLeft || x > s.scrollLeft + viewWidth - g.weekWidth ? Math.max(0, x - viewWidth / 3) : s.scrollLeft;
    if (Math.abs(s.scrollTop - wantTop) > 1 || s.scrollLeft !== wantLeft) s.scrollTo({ top: wantTop, left: wantLeft });
    const el = s.querySelector<HTMLElement>(`[data-assignment-id="${assignmentId}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      el.classList.add('is-flash');
      window.setTimeout(() => el.classList.remove('is-flash'), 1200);
    } else if (left > 0) {
      requestAnimationFrame(() => step(left - 1));
    }
  };
  step(tries);
}
