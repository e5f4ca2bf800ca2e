import { createContext, useContext, type MouseEvent as ReactMouseEvent } from 'react';

export interface Anchor { x: number; y: number }

/**
 * What bars, rows and cards can ask of the screen. The object is created once per screen, so passing it
 * through context does not re-render the (memoised) rows when anything else changes.
 */
export interface PlannerActions {
  /** Click on a bar or card: select it alone, or add/toggle with Ctrl (Cmd) and extend with Shift. */
  select: (kind: 'bars' | 'requests', id: number, e: Pick<ReactMouseEvent, 'ctrlKey' | 'metaKey' | 'shiftKey'>) => void;
  open: (assignmentId: number) => void;
  barMenu: (assignmentId: number, at: Anchor) => void;
  teamMenu: (teamId: number, at: Anchor) => void;
  toggleGroup: (key: string) => void;
  /** Shows (or, with null, hides) the details of a bar next to it. */
  hover: (assignmentId: number | null, el?: HTMLElement) => void;
  /** One week longer (+1) or shorter (-1), from the keyboard. */
  resizeBy: (assignmentId: number, weeks: number) => void;
  unplan: (assignmentIds: number[]) => void;
  isDragging: () => boolean;
  /** A ghost bar (a suggestion) was clicked: pick it in the review list. */
  showSuggestion: (requestId: number) => void;
}

export const PlannerActionsContext = createContext<PlannerActions | null>(null);

export function usePlannerActions(): PlannerActions {
  const actions = useContext(PlannerActionsContext);
  if (!actions) throw new Error('PlannerActionsContext is missing');
  return actions;
}

export const anchorOf = (el: Element): Anchor => {
  const r = el.getBoundingClientRect();
  return { x: r.left, y: r.bottom + 4 };
};
