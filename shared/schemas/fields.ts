import { z } from 'zod';
import { normalizeKvk, normalizePostcode, normalizeBrin, normalizeSbi } from '../domain/identifiers';

// Reusable field schemas. Custom messages are message keys (see shared/i18n/fieldMessages.ts) so the UI and the
// core can show them in the user's language.

export const id = z.number().int().positive();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'field.date');
export const weekKey = z.string().regex(/^\d{4}-W\d{2}$/, 'field.week');
export const nonEmpty = z.string().trim().min(1, 'field.required');

export const kvk = z.string().transform((s, ctx) => {
  const v = normalizeKvk(s);
  if (v === null) {
    ctx.addIssue({ code: 'custom', message: 'field.kvk' });
    return z.NEVER;
  }
  return v;
});

export const postcode = z.string().transform((s, ctx) => {
  const v = normalizePostcode(s);
  if (v === null) {
    ctx.addIssue({ code: 'custom', message: 'field.postcode' });
    return z.NEVER;
  }
  return v;
});

export const brin = z.string().transform((s, ctx) => {
  const v = normalizeBrin(s);
  if (v === null) {
    ctx.addIssue({ code: 'custom', message: 'field.brin' });
    return z.NEVER;
  }
  return v;
});

export const sbi = z.string().transform((s, ctx) => {
  const v = normalizeSbi(s);
  if (v === null) {
    ctx.addIssue({ code: 'custom', message: 'field.sbi' });
    return z.NEVER;
  }
  return v;
});

/** Optional free text: empty input becomes null. */
export const optionalText = z
  .string()
  .trim()
  .nullable()
  .optional()
  .transform((s) => (s ? s : null));

/** Names one long-running call so the UI can follow its progress and cancel it (see electron/core/ipc/tasks.ts). */
export const taskId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'field.invalid');
