import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_SCALES, LANGUAGES, type DemoScale, type Language } from '../../shared/domain/constants';
import type { AppInfo } from '../../shared/schemas/rows';
import { openDatabase, schemaVersion, type OpenOptions } from './db/open';

export const APP_VERSION = '0.1.0';
export const WORKSPACE_DB_NAME = 'werkplaats.db';

/** An open workspace: one SQLite file and the one connection to it. */
export class Workspace {
  private constructor(
    readonly db: Database,
    readonly file: string,
    readonly backupPath: string | null,
  ) {}

  static open(file: string, options: OpenOptions = {}): Workspace {
    const { db, backupPath } = openDatabase(file, options);
    const ws = new Workspace(db, file, backupPath);
    if (ws.meta('created_at') === null) ws.setMeta('created_at', new Date().toISOString());
    return ws;
  }

  meta(key: string): string | null {
    const v = this.db.prepare(`SELECT value FROM meta WHERE key = ?`).pluck().get(key) as string | undefined;
    return v ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(key, value);
  }

  language(): Language {
    const v = this.db.prepare(`SELECT value FROM settings WHERE key = 'language'`).pluck().get() as string | undefined;
    return (LANGUAGES as readonly string[]).includes(v ?? '') ? (v as Language) : 'nl';
  }

  info(): AppInfo {
    const scale = this.meta('demo_scale');
    return {
      version: APP_VERSION,
      workspaceFile: this.file,
      schemaVersion: schemaVersion(this.db),
      isDemo: scale !== null,
      demoScale: (DEMO_SCALES as readonly string[]).includes(scale ?? '') ? (scale as DemoScale) : null,
      createdAt: this.meta('created_at') ?? '',
    };
  }

  /** Whether anything has been entered yet (a brand-new file gets the demo on first start). */
  isEmpty(): boolean {
    return (this.db.prepare(`SELECT count(*) FROM schools`).pluck().get() as number) === 0 &&
      (this.db.prepare(`SELECT count(*) FROM smes`).pluck().get() as number) === 0;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Keeps the current workspace of a folder and can swap it for a new, empty one. */
export class WorkspaceHost {
  private ws: Workspace;

  constructor(
    readonly folder: string,
    private readonly options: OpenOptions = {},
  ) {
    this.ws = Workspace.open(path.join(folder, WORKSPACE_DB_NAME), options);
  }

  get current(): Workspace {
    return this.ws;
  }

  /** Sets the demo aside (renamed, not deleted) and opens an empty workspace in its place. */
  startEmpty(): Workspace {
    const file = this.ws.file;
    this.ws.close();
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const kept = path.join(this.folder, `werkplaats-previous-${stamp}.db`);
    fs.renameSync(file, kept);
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, kept + suffix);
    }
    this.ws = Workspace.open(file, this.options);
    this.ws.setMeta('started_empty', '1');
    return this.ws;
  }

  close(): void {
    this.ws.close();
  }
}
