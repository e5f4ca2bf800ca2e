import { useEffect } from 'react';
import { runHistoryCommand, type HistoryCommand } from './historyCommand';

// Input types where the browser keeps its own text-undo history; buttons, checkboxes and the like have none.
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/**
 * True when Ctrl+Z should stay with the browser: focus is in a text field, or anywhere in a form that is open in
 * a dialog (undoing a saved change behind a half-filled form would leave the form showing stale values).
 */
export function isEditingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('dialog[open] form') !== null;
}

/** Maps a key press to a history command: Ctrl+Z undo, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on a Mac). */
export function historyCommandFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): HistoryCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Window-level undo/redo shortcuts for the whole app; mount once. */
export function useHistoryShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const command = historyCommandFor(e);
      if (!command || e.defaultPrevented || isEditingTarget(e.target)) return;
      e.preventDefault();
      // Holding the keys down would queue a long run of undos; one press is one step.
      if (e.repeat) return;
      void runHistoryCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    // The Electron menu's Undo/Redo (same shortcuts) arrive here: in a text field the browser's own text undo
    // applies, elsewhere the last saved action is undone.
    const offMenu = window.api?.onMenuCommand?.((command) => {
      if (isEditingTarget(document.activeElement)) {
        document.execCommand(command);
        return;
      }
      void runHistoryCommand(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      offMenu?.();
    };
  }, []);
}
