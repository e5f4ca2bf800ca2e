import { useCallback, useState } from 'react';
import { z } from 'zod';
import { GROUPINGS } from './model/rows';

// What the planner remembers between sessions, per computer: zoom, the terms shown, grouping and folded groups.

const KEY = 'wp.planner.prefs.v1';

const prefsSchema = z.object({
  zoom: z.union([z.literal(0), z.literal(1), z.literal(2)]).catch(1),
  /** null: the default school year (the one running today). */
  schoolYear: z.string().nullable().catch(null),
  /** 'all': the whole school year; a list: those terms; null: the terms running today. */
  terms: z.union([z.literal('all'), z.array(z.number().int())]).nullable().catch(null),
  grouping: z.enum(GROUPINGS).catch('school'),
  collapsed: z.array(z.string()).max(5000).catch([]),
});

export type PlannerPrefs = z.infer<typeof prefsSchema>;

const DEFAULTS: PlannerPrefs = { zoom: 1, schoolYear: null, terms: null, grouping: 'school', collapsed: [] };

function read(): PlannerPrefs {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return DEFAULTS;
    const parsed = prefsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULTS;
  } catch {
    // A damaged or blocked store is no reason to lose the screen: start from the defaults.
    return DEFAULTS;
  }
}

function write(prefs: PlannerPrefs): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage full or disabled: the preference simply is not remembered.
  }
}

export function usePlannerPrefs() {
  const [prefs, setPrefs] = useState<PlannerPrefs>(read);
  const update = useCallback((change: Partial<PlannerPrefs> | ((p: PlannerPrefs) => Partial<PlannerPrefs>)) => {
    setPrefs((p) => {
      const next = { ...p, ...(typeof change === 'function' ? change(p) : change) };
      write(next);
      return next;
    });
  }, []);
  return { prefs, update };
}
