import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { runHistoryCommand, showToast } from '../../components/history';
import type { Pending } from './model/pending';

interface RunOptions<T> {
  /** What the grid shows while the core works (the dropped bar stays where it was dropped). */
  pending?: Pending;
  /** The toast after success, or null for none. */
  success: (result: T) => string | null;
  /** Runs once the command is saved (e.g. to focus the bar that was just placed). */
  after?: (result: T) => void;
}

interface Shown {
  change: Pending;
  /** The snapshot the change was drawn on; once saved, it shows until a newer snapshot replaces that one. */
  base: unknown;
  saved: boolean;
}

/**
 * Runs planner commands one at a time. Each is one transaction and one undo step in the core; the screen waits
 * for the fresh snapshot before the next may start, so two quick drops never interleave or act on stale bars,
 * and a dropped bar never jumps back for a moment between "saved" and "new picture". A command while another
 * is on its way is refused with a message instead of being lost silently.
 */
export function useCommands<D>(data: D, refetch: () => Promise<unknown>) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const inFlight = useRef(false);
  // A saved change still waiting for its snapshot, and the snapshot on screen, for the callbacks below.
  const waiting = shown !== null && shown.saved && shown.base === data;
  const pending = shown !== null && (!shown.saved || waiting) ? shown.change : null;
  const latest = useRef({ data, waiting });
  useLayoutEffect(() => {
    latest.current = { data, waiting };
  });

  const run = useCallback(async <T,>(work: () => Promise<T>, options: RunOptions<T>): Promise<boolean> => {
    if (inFlight.current || latest.current.waiting) {
      setAlert(t('plannerEdit.drop.busy'));
      return false;
    }
    inFlight.current = true;
    setBusy(true);
    setAlert(null);
    setShown(options.pending ? { change: options.pending, base: latest.current.data, saved: false } : null);
    try {
      const result = await work();
      await refetch();
      setShown((s) => (s ? { ...s, saved: true } : s));
      const text = options.success(result);
      if (text) {
        showToast(text, { action: { label: t('plannerEdit.done.undo'), run: () => void runHistoryCommand('undo') } });
      }
      options.after?.(result);
      return true;
    } catch (e) {
      setShown(null);
      setAlert(t('plannerEdit.done.refused', { reason: errorMessage(e) }));
      return false;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, [refetch, t]);

  return { run, pending, busy: busy || waiting, alert, setAlert };
}
