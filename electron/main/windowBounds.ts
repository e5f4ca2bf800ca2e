// Pure window-state logic (no Electron import): what is saved, and whether saved bounds may be restored.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  bounds: Rect;
  maximized: boolean;
}

export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 700;
export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;

/** How much of the window (its top strip, where the title bar is) must lie on one display to be reachable. */
const MIN_VISIBLE_WIDTH = 200;
const MIN_VISIBLE_HEIGHT = 40;

const isFiniteInt = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads what was saved, tolerating anything a hand edit or an older version may have left. */
export function parseWindowState(raw: unknown): SavedWindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const b = bounds as Record<string, unknown>;
  if (![b.x, b.y, b.width, b.height].every(isFiniteInt)) return null;
  const rect = {
    x: Math.round(b.x as number),
    y: Math.round(b.y as number),
    width: Math.round(b.width as number),
    height: Math.round(b.height as number),
  };
  if (rect.width <= 0 || rect.height <= 0) return null;
  return { bounds: rect, maximized: maximized === true };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** Whether the title-bar strip of `bounds` is sufficiently on one of the displays' work areas. */
export function isReachable(bounds: Rect, workAreas: readonly Rect[]): boolean {
  const titleStrip: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(bounds.height, 60) };
  return workAreas.some((area) => {
    const o = overlap(titleStrip, area);
    return o.width >= Math.min(MIN_VISIBLE_WIDTH, bounds.width) && o.height >= Math.min(MIN_VISIBLE_HEIGHT, titleStrip.height);
  });
}

export interface InitialWindowState {
  /** Position is omitted when the saved one is off every display: the OS then centres the window. */
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

/**
 * The bounds to open with: the saved ones if the window would still be reachable on today's displays (a monitor
 * may have been unplugged), else the default size, centred. Sizes never go below the minimum or above the
 * largest display.
 */
export function initialWindowState(saved: SavedWindowState | null, workAreas: readonly Rect[]): InitialWindowState {
  const maxWidth = Math.max(MIN_WIDTH, ...workAreas.map((a) => a.width));
  const maxHeight = Math.max(MIN_HEIGHT, ...workAreas.map((a) => a.height));
  const clampSize = (w: number, h: number) => ({
    width: Math.min(Math.max(w, MIN_WIDTH), maxWidth),
    height: Math.min(Math.max(h, MIN_HEIGHT), maxHeight),
  });
  if (saved && isReachable(saved.bounds, workAreas)) {
    return {
      bounds: { ...clampSize(saved.bounds.width, saved.bounds.height), x: saved.bounds.x, y: saved.bounds.y },
      maximized: saved.maximized,
    };
  }
  return { bounds: clampSize(DEFAULT_SIZE.width, DEFAULT_SIZE.height), maximized: saved?.maximized ?? false };
}
