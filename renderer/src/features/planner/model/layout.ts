// Sizes of the planner grid in pixels. Rows have fixed heights per kind, so the row under a point is found by a
// binary search instead of measuring the DOM (rows are virtualised and may not exist).

export const LABEL_WIDTH = 248;
export const HEADER_HEIGHT = 54;
export const MONTH_ROW_HEIGHT = 22;

export const ROW_HEIGHT = {
  team: 38,
  group0: 38,
  group1: 32,
  group2: 30,
} as const;

/** Week widths of the three zoom steps. */
export const ZOOM_WIDTHS = [30, 46, 70] as const;
export type Zoom = 0 | 1 | 2;

export const weekWidth = (zoom: Zoom): number => ZOOM_WIDTHS[zoom];

/** Gap between a bar and its week lines, so two bars in adjacent weeks stay visibly apart. */
export const BAR_INSET = 2;
