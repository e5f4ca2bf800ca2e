import { ZodError } from 'zod';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { CONTRACT, type IpcError, type IpcResult, type OutputOf, type ParsedInputOf } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/domain/constants';
import { formatError } from '../../../shared/i18n/errorMessages';
import { fieldMessage } from '../../../shared/i18n/fieldMessages';
import { AppError } from '../errors';
import type { WorkspaceHost } from '../workspace';
import { inAction } from '../db/changeLog';
import type { TaskProgress } from '../../../shared/schemas/files';
import { TaskRegistry, type TaskHandle } from './tasks';

export interface HandlerContext {
  host: WorkspaceHost;
  actor: string;
  /** Runs `fn` as one undoable user action in one transaction. */
  action<T>(label: string, fn: () => T): T;
  /** The progress/cancel handle of a long call started with this taskId (see tasks.ts). */
  task(taskId: string | undefined): TaskHandle;
  /** Asks the call running as taskId to stop at its next pause. */
  cancelTask(taskId: string): boolean;
}

/** A handler for every channel: the mapped type makes a missing one a compile error. */
export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>, ctx: HandlerContext) => OutputOf<C> | Promise<OutputOf<C>>;
};

export interface RouterOptions {
  host: WorkspaceHost;
  handlers: Handlers;
  /** Name written in the change log as the actor of every action. */
  actor: string;
  /** Check outputs against the contract too (tests and the harness; costs time on large lists). */
  validateOutput?: boolean;
  onChanged?: (tables: string[]) => void;
  /** Progress of long calls, to pass on to the page that started them. */
  onProgress?: (progress: TaskProgress) => void;
  onInternalError?: (error: unknown, channel: string) => void;
}

export interface Router {
  /** For the synchronous channels (most of them); an asynchronous handler is refused with `async_channel`. */
  invoke(channel: unknown, rawInput: unknown): IpcResult<unknown>;
  /** Any channel: what the app, the browser harness and the CLI use. */
  invokeAsync(channel: unknown, rawInput: unknown): Promise<IpcResult<unknown>>;
}

const isChannel = (c: unknown): c is Channel => typeof c === 'string' && (CHANNELS as readonly string[]).includes(c);

/** The one entry point for every call from the UI, the test harness and the CLI. No Electron here. */
export function createRouter(options: RouterOptions): Router {
  const { host, handlers, actor } = options;
  const tasks = new TaskRegistry(options.onProgress);
  // Each async call gets its own task handle; the shared context hands out the one of the call being started.
  const ctxFor = (taskHandle: (id: string | undefined) => TaskHandle): HandlerContext => ({
    host,
    actor,
    action: (label, fn) => inAction(host.current.db, { label, actor }, fn),
    task: taskHandle,
    cancelTask: (id) => tasks.cancel(id),
  });

  const languageNow = (): Language => {
    try {
      return host.current.language();
    } catch {
      // a closed or broken workspace still gets an answer, in Dutch
      return 'nl';
    }
  };

  const failWith = (channel: string, lang: Language, e: unknown): { ok: false; error: IpcError } => {
    if (!(e instanceof AppError) && !(e instanceof ZodError) && !isConstraint(e)) {
      options.onInternalError?.(e, channel);
    }
    return fail(host.current.db.open ? safeLanguage(host, lang) : lang, e);
  };

  /** Parses the input and starts the handler; the caller settles its value (sync or awaited). */
  const start = (channel: unknown, rawInput: unknown, ctx: HandlerContext):
    { ok: false; error: IpcError } | { ok: true; channel: Channel; lang: Language; value: unknown } => {
    const lang = languageNow();
    if (!isChannel(channel)) {
      return fail(lang, new AppError('unknown_channel', { channel: typeof channel === 'string' ? channel.slice(0, 80) : typeof channel }));
    }
    try {
      const input = CONTRACT[channel].input.parse(rawInput);
      const handler = handlers[channel] as (i: unknown, c: HandlerContext) => unknown;
      return { ok: true, channel, lang, value: handler(input, ctx) };
    } catch (e) {
      return failWith(channel, lang, e);
    }
  };

  const finish = (channel: Channel, lang: Language, value: unknown): IpcResult<unknown> => {
    const spec = CONTRACT[channel];
    try {
      if (options.validateOutput) spec.output.parse(value);
    } catch (e) {
      return failWith(channel, lang, e);
    }
    if (spec.writes.length > 0) options.onChanged?.([...spec.writes]);
    return { ok: true, value };
  };

  // The synchronous entry point cannot wait for a long call: its handle stops such a handler at its first pause,
  // before it has written anything, and the caller gets `async_channel`.
  const refusing: TaskHandle = {
    progress: () => undefined,
    yield: () => Promise.reject(new AppError('async_channel', {})),
    cancelled: true,
  };
  const syncCtx = ctxFor(() => refusing);

  return {
    invoke(channel, rawInput) {
      const started = start(channel, rawInput, syncCtx);
      if (!started.ok) return started;
      if (isThenable(started.value)) {
        // Keep the promise from surfacing as an unhandled rejection; the caller used the wrong entry point.
        (started.value as Promise<unknown>).catch(() => undefined);
        return fail(started.lang, new AppError('async_channel', { channel: started.channel }));
      }
      return finish(started.channel, started.lang, started.value);
    },
    async invokeAsync(channel, rawInput) {
      const ends: (() => void)[] = [];
      const ctx = ctxFor((id) => {
        const t = tasks.start(id);
        ends.push(t.end);
        return t.handle;
      });
      const started = start(channel, rawInput, ctx);
      try {
        if (!started.ok) return started;
        let value: unknown;
        try {
          value = await started.value;
        } catch (e) {
          return failWith(started.channel, started.lang, e);
        }
        return finish(started.channel, started.lang, value);
      } finally {
        ends.forEach((end) => end());
      }
    },
  };
}

const isThenable = (v: unknown): boolean => typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';

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
