import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A tab's main buttons, shown at the top right of the screen header like on the other screens. A portal keeps
 * the buttons' state (which panel is open) inside the tab that owns it.
 */
export function TabActions({ target, children }: { target: HTMLElement | null; children: ReactNode }) {
  return target ? createPortal(children, target) : null;
}
