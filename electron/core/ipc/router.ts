import { ZodError } from 'zod';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { CONTRACT, type IpcError, type IpcResult, type OutputOf, type ParsedInputOf } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/domain/constants';
import { formatError } from '../../../shared/i18n/errorMessages';
import { fieldMessage } from '../../../shared/i18n/fieldMessages';
import { AppError } from '../errors';
import type { WorkspaceHost } from '../workspace';
import { inAction } from '../db/changeLog';

export interface HandlerContext {
  host: WorkspaceHost;
  actor: string;
  /** Runs `fn` as one undoable user action in one transaction. */
  action<T>(label: string, fn: () => T): T;
}

/** A handler for every channel: the mapped type makes a missing one a compile error. */
export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>, ctx: HandlerContext) => OutputOf<C>;
};

export interface RouterOptions {
  host: WorkspaceHost;
  handlers: Handlers;
  /** Name written in the change log as the actor of every action. */
  actor: string;
  /** Check outputs against the contract too (tests and the harness; costs time on large lists). */
  validateOutput?: boolean;
  onChanged?: (tables: string[]) => void;
  onInternalError?: (error: unknown, channel: string) => void;
}

export interface Router {
  invoke(channel: unknown, rawInput: unknown): IpcResult<unknown>;
}

const isChannel = (c: unknown): c is Channel => typeof c === 'string' && (CHANNELS as readonly string[]).includes(c);

/** The one entry point for every call from the UI, the test harness and the CLI. No Electron here. */
export function createRouter(options: RouterOptions): Router {
  const { host, handlers, actor } = options;
  const ctx: HandlerContext = {
    host,
    actor,
    action: (label, fn) => inAction(host.current.db, { label, actor }, fn),
  };

  return {
    invoke(channel, rawInput) {
      let lang: Language = 'nl';
      try {
        lang = host.current.language();
      } catch {
        // a closed or broken workspace still gets an answer, in Dutch
      }
      if (!isChannel(channel)) {
        return fail(lang, new AppError('unknown_channel', { channel: typeof channel === 'string' ? channel.slice(0, 80) : typeof channel }));
      }
      const spec = CONTRACT[channel];
      try {
        const input = spec.input.parse(rawInput);
        const handler = handlers[channel] as (i: unknown, c: HandlerContext) => unknown;
        const value = handler(input, ctx);
        if (options.validateOutput) spec.output.parse(value);
        if (spec.writes.length > 0) options.onChanged?.([...spec.writes]);
        return { ok: true, value };
      } catch (e) {
        if (!(e instanceof AppError) && !(e instanceof ZodError) && !isConstraint(e)) {
          options.onInternalError?.(e, channel);
        }
        return fail(host.current.db.open ? safeLanguage(host, lang) : lang, e);
      }
    },
  };
}

function safeLanguage(host: WorkspaceHost, fallback: Language): Language {
  try {
    return host.current.language();
  } catch {
    return fallback;
  }
}

function isConstraint(e: unknown): e is Error & { code: string } {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'string' &&
    (e as unknown as { code: string }).code.startsWith('SQLITE_CONSTRAINT');
}

/** Maps any thrown value to the error shape of the contract, in the user's language. */
export function toIpcError(e: unknown, lang: Language): IpcError {
  if (e instanceof ZodError) {
    return {
      code: 'invalid_input',
      message: formatError('invalid_input', lang),
      details: e.issues.map((i) => ({ path: i.path.map(String), key: i.message, message: fieldMessage(i.message, lang) })),
    };
  }
  if (e instanceof AppError) {
    // Field problems found by a service read like the ones zod finds: each gets its text.
    const details = Array.isArray(e.details)
      ? e.details.map((d: { key?: string }) => (d.key ? { ...d, message: fieldMessage(d.key, lang) } : d))
      : e.details;
    return { code: e.code, message: formatError(e.code, lang, e.params), details };
  }
  if (isConstraint(e)) {
    return { code: 'constraint', message: formatError('constraint', lang, { detail: e.message }) };
  }
  const detail = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message: formatError('internal', lang, { detail }) };
}

function fail(lang: Language, e: unknown): { ok: false; error: IpcError } {
  return { ok: false, error: toIpcError(e, lang) };
}
