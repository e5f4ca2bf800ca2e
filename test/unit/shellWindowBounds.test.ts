import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  initialWindowState,
  isReachable,
  MIN_HEIGHT,
  MIN_WIDTH,
  parseWindowState,
  type Rect,
} from '../../electron/main/windowBounds';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1410 };

describe('parseWindowState', () => {
  it('reads what the app saved', () => {
    expect(parseWindowState({ bounds: { x: 10, y: 20, width: 1300, height: 900 }, maximized: true })).toEqual({
      bounds: { x: 10, y: 20, width: 1300, height: 900 },
      maximized: true,
    });
  });

  it.each([null, 'text', 42, {}, { bounds: null }, { bounds: { x: 1, y: 2, width: 'wide', height: 3 } },
    { bounds: { x: 1, y: 2, width: 0, height: 300 } }, { bounds: { x: Number.NaN, y: 0, width: 1, height: 1 } }])(
    'ignores a damaged file: %j',
    (raw) => expect(parseWindowState(raw)).toBeNull(),
  );
});

describe('initialWindowState', () => {
  it('opens with the default size, centred, the first time', () => {
    expect(initialWindowState(null, [laptop])).toEqual({ bounds: { ...DEFAULT_SIZE }, maximized: false });
  });

  it('restores size, position and maximised state on a display that is still there', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1600, height: 1000 }, maximized: true };
    expect(initialWindowState(saved, [laptop, rightMonitor])).toEqual({ bounds: saved.bounds, maximized: true });
  });

  it('falls back to the default, centred, when the monitor it was on is unplugged', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1600, height: 1000 }, maximized: false };
    const state = initialWindowState(saved, [laptop]);
    expect(state.bounds).toEqual({ ...DEFAULT_SIZE });
    expect(state.bounds.x).toBeUndefined();
  });

  it('keeps a window whose title bar is still reachable, but not one only its bottom edge shows of', () => {
    expect(isReachable({ x: 1500, y: 100, width: 1200, height: 800 }, [laptop])).toBe(true);
    expect(isReachable({ x: 100, y: -780, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(isReachable({ x: 1900, y: 100, width: 1200, height: 800 }, [laptop])).toBe(false);
  });

  it('never goes below the minimum size nor beyond the largest display', () => {
    const tiny = { bounds: { x: 10, y: 10, width: 300, height: 200 }, maximized: false };
    expect(initialWindowState(tiny, [laptop]).bounds).toMatchObject({ width: MIN_WIDTH, height: MIN_HEIGHT });
    const huge = { bounds: { x: 0, y: 0, width: 5000, height: 3000 }, maximized: false };
    expect(initialWindowState(huge, [laptop]).bounds).toMatchObject({ width: 1920, height: 1050 });
  });
});
