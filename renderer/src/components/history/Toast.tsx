import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

// A tiny toast store outside React, so code that is not a component (runHistoryCommand, later the Electron
// menu) can show a message. The region is always in the DOM so screen readers announce each new toast.

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
  action?: ToastAction | undefined;
}

const VISIBLE_MS = 6000;
const MAX_TOASTS = 3;

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(next: readonly Toast[]): void {
  toasts = next;
  listeners.forEach((l) => l());
}

export function dismissToast(id: number): void {
  emit(toasts.filter((t) => t.id !== id));
}

/** Shows a short message at the bottom of the window; it goes away by itself after a few seconds. */
export function showToast(text: string, options: { tone?: Toast['tone']; action?: ToastAction } = {}): number {
  const id = nextId++;
  emit([...toasts, { id, text, tone: options.tone ?? 'info', action: options.action }].slice(-MAX_TOASTS));
  setTimeout(() => dismissToast(id), VISIBLE_MS);
  return id;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => toasts;

/**
 * Renders the toasts; mount once (the top bar does). The visible stack is a popover so it sits in the top layer,
 * above an open modal panel (a <dialog> would otherwise cover it); it is re-shown for every new toast to stay on
 * top of a dialog opened later. A separate, always-present live region announces the latest text.
 */
export function ToastHost() {
  const { t } = useTranslation();
  const items = useSyncExternalStore(subscribe, snapshot, snapshot);
  const stack = useRef<HTMLDivElement>(null);
  const latest = items.at(-1);
  useLayoutEffect(() => {
    const el = stack.current;
    if (!el || typeof el.showPopover !== 'function') return;
    if (el.matches(':popover-open')) el.hidePopover();
    if (items.length > 0) el.showPopover();
  }, [items]);
  return createPortal(
    <>
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">{latest?.text ?? ''}</div>
      <div ref={stack} className="toast-region" popover="manual" data-testid="toasts">
        {items.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone}`} data-testid="toast">
            <span>{toast.text}</span>
            {toast.action && (
              <button
                type="button"
                className="btn btn-link btn-sm"
                onClick={() => {
                  dismissToast(toast.id);
                  toast.action?.run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="toast-close" aria-label={t('common.close')} onClick={() => dismissToast(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </>,
    document.body,
  );
}
