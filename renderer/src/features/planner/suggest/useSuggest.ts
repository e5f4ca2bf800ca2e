import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProposalOutput, RepairOutput } from '../../../../../shared/schemas/suggest';
import { ApiError, call, errorMessage } from '../../../api/client';
import { cancelTask, newTaskId } from '../../../api/tasks';

/** What the suggestion part of the planner is doing. */
export type SuggestMode =
  | { kind: 'idle' }
  | { kind: 'running'; what: 'run' | 'repair'; taskId: string }
  | { kind: 'review'; proposal: ProposalOutput }
  | { kind: 'repair'; repair: RepairOutput };

/**
 * Starts a proposal or a repair in the core and holds its answer for review. The solve runs in the core in
 * slices, so the screen stays usable; Cancel asks it to stop and the core answers with its best plan so far.
 * A proposal belongs to the terms it was made for: choosing other terms closes it.
 */
export function useSuggest(termIds: readonly number[]) {
  const [mode, setMode] = useState<SuggestMode>({ kind: 'idle' });
  const [message, setMessage] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const generation = useRef(0);
  const running = useRef<string | null>(null);
  const key = termIds.join(',');

  const close = useCallback(() => {
    generation.current += 1;
    if (running.current) void cancelTask(running.current).catch(() => undefined);
    running.current = null;
    setMode({ kind: 'idle' });
    setMessage(null);
    setDismissed(new Set());
    setSelected(new Set());
  }, []);
  // Other terms on screen: the old proposal no longer applies.
  useEffect(() => close, [key, close]);

  const start = useCallback(async (what: 'run' | 'repair') => {
    const gen = ++generation.current;
    const taskId = newTaskId(what === 'run' ? 'suggest' : 'repair');
    running.current = taskId;
    setMode({ kind: 'running', what, taskId });
    setMessage(null);
    setDismissed(new Set());
    setSelected(new Set());
    try {
      const ids = [...termIds];
      if (what === 'run') {
        const proposal = await call('suggest:run', { termIds: ids, taskId });
        if (gen !== generation.current) return;
        setMode({ kind: 'review', proposal });
        setSelected(new Set(proposal.suggestions.map((s) => s.requestId)));
      } else {
        const repair = await call('suggest:repair', { termIds: ids, taskId });
        if (gen !== generation.current) return;
        setMode({ kind: 'repair', repair });
      }
    } catch (e) {
      if (gen !== generation.current) return;
      setMode({ kind: 'idle' });
      setMessage(e instanceof ApiError && e.code === 'cancelled' ? 'cancelled' : errorMessage(e));
    } finally {
      if (running.current === taskId) running.current = null;
    }
  }, [termIds]);

  const cancel = useCallback(() => {
    if (running.current) void cancelTask(running.current).catch(() => undefined);
  }, []);

  const toggle = useCallback((requestIds: readonly number[], on?: boolean) => {
    setSelected((s) => {
      const next = new Set(s);
      for (const id of requestIds) {
        if (on ?? !next.has(id)) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);

  const dismiss = useCallback((requestIds: readonly number[]) => {
    setDismissed((d) => new Set([...d, ...requestIds]));
    toggle(requestIds, false);
  }, [toggle]);

  const restore = useCallback(() => setDismissed(new Set()), []);

  return { mode, message, setMessage, dismissed, selected, start, cancel, close, toggle, dismiss, restore };
}

export type Suggest = ReturnType<typeof useSuggest>;
