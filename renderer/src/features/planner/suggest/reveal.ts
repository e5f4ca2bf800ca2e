import type { Geometry } from '../dnd/geometry';
import { HEADER_HEIGHT, LABEL_WIDTH } from '../model/layout';

/**
 * Scrolls a team's cell at a week into view and flashes the ghost bar of that request there. The row may not be
 * rendered yet (virtualised, or its group just unfolded), so this retries on the next frames.
 */
export function revealGhost(geometry: () => Geometry, teamId: number, week: string, requestId: number, tries = 30): void {
  const step = (left: number) => {
    const g = geometry();
    const s = g.scroller;
    const row = g.rows.rowOfTeam.get(teamId);
    const col = g.axis.index.get(week);
    if (!s || row === undefined || col === undefined) {
      if (left > 0) requestAnimationFrame(() => step(left - 1));
      return;
    }
    const top = Math.max(0, g.rows.offsets[row]! - (s.clientHeight - HEADER_HEIGHT) / 2);
    const x = col * g.weekWidth;
    const view = s.clientWidth - LABEL_WIDTH;
    const wantLeft = x < s.scrollLeft || x > s.scrollLeft + view - g.weekWidth ? Math.max(0, x - view / 3) : s.scrollLeft;
    s.scrollTo({ top, left: wantLeft });
    const el = s.querySelector<HTMLElement>(`[data-testid="ghost-bar"][data-request-id="${requestId}"]`);
    if (el) {
      el.classList.add('is-flash');
      window.setTimeout(() => el.classList.remove('is-flash'), 1200);
    } else if (left > 0) {
      requestAnimationFrame(() => step(left - 1));
    }
  };
  step(tries);
}
