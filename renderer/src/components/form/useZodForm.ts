import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { fieldMessage } from '../../../../shared/i18n/fieldMessages';
import { ApiError } from '../../api/client';
import { useLang } from '../../i18n/useLang';

export type FieldErrors = Record<string, string>;

interface IssueLike { path: readonly PropertyKey[]; message: string; key?: unknown }

/** Field path as the form knows it: "name", or "values.name" trimmed of the edit wrapper. */
const keyOf = (path: readonly PropertyKey[]) => path.filter((p) => p !== 'values').map(String).join('.');

/**
 * Form state validated by the same zod schema the core parses at the IPC boundary, so a message next to a field
 * is the one the core would give. Values are never cleared on an error: nothing the user typed is lost.
 */
export function useZodForm<S extends z.ZodType>(schema: S, initial: z.input<S>) {
  const lang = useLang();
  const [values, setValues] = useState<z.input<S>>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = useCallback(<K extends keyof z.input<S>>(field: K, value: z.input<S>[K]) => {
    setValues((v) => ({ ...(v as object), [field]: value }) as z.input<S>);
    setErrors((e) => {
      if (!(String(field) in e)) return e;
      const { [String(field)]: _, ...rest } = e;
      return rest;
    });
  }, []);

  const toErrors = useCallback(
    (issues: readonly IssueLike[]) => {
      const out: FieldErrors = {};
      for (const i of issues) {
        const k = keyOf(i.path);
        if (!(k in out)) out[k] = fieldMessage(typeof i.key === 'string' ? i.key : i.message, lang);
      }
      return out;
    },
    [lang],
  );

  /** Validates, then runs `save` with the parsed values; shows field and server errors in place. */
  const submit = useCallback(
    async (save: (parsed: z.output<S>) => Promise<unknown>): Promise<boolean> => {
      setFormError(null);
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        setErrors(toErrors(parsed.error.issues));
        return false;
      }
      setBusy(true);
      try {
        await save(parsed.data);
        setErrors({});
        return true;
      } catch (e) {
        if (e instanceof ApiError && Array.isArray(e.details) && e.details.length > 0) {
          const details = e.details as { path?: string[]; key?: string; message?: string }[];
          const withPath = details.filter((d) => d.path && d.path.length > 0);
          setErrors(Object.fromEntries(withPath.map((d) => [keyOf(d.path!), d.message ?? fieldMessage(d.key ?? '', lang)])));
          if (withPath.length === 0) setFormError(e.message);
        } else {
          setFormError(e instanceof Error ? e.message : String(e));
        }
        return false;
      } finally {
        setBusy(false);
      }
    },
    [schema, values, toErrors, lang],
  );

  return { values, set, setValues, errors, formError, busy, submit };
}
