import { z } from 'zod';
import { taskId } from './fields';

// Import of requests and SMEs from a CSV or XLSX file (issue 7.4): the fields a column can fill, what the page
// sends (the file itself, each time: the core keeps no state between preview and commit) and what comes back.

/** Fields a column can be mapped to, in the order the mapping screen shows them. */
export const IMPORT_FIELDS = [
  'smeName', 'kvk', 'fte', 'postcode', 'municipality', 'sbiCode', 'contactName', 'contactEmail', 'contactPhone',
  'intermediary', 'offering', 'question', 'digitalMaturity', 'goals', 'obstacles', 'channel', 'preferredStart',
  'preferredEnd', 'priority', 'receivedOn',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Without a column for these nothing can be imported (smeInput needs them for a new SME). */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['smeName', 'kvk', 'fte'];

/** Which fields belong to the SME and which to the request (the mapping screen groups them so). */
export const SME_IMPORT_FIELDS: readonly ImportField[] = IMPORT_FIELDS.slice(0, 10);

/** 30 MB of file; larger exports are split by the user (a form export is far smaller). */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

export const importFile = z.object({
  name: z.string().trim().min(1).max(260),
  base64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4, 'importRequests.tooLarge'),
}).strict();

/** Column index per field; a missing field is guessed, null means "no column" on purpose. */
export const importMapping = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(2000).nullable());
export type ImportMappingInput = z.infer<typeof importMapping>;

export const importRequestsInput = z.object({
  file: importFile,
  /** Worksheet of an XLSX file; the first one when absent. */
  sheet: z.string().max(200).nullable().optional(),
  mapping: importMapping.default({}),
  /** How 03/04/2026 is read; guessed from the dates in the file when absent. */
  dateOrder: z.enum(['dmy', 'mdy']).nullable().optional(),
  taskId: taskId.optional(),
}).strict();

export const importCommitInput = importRequestsInput.extend({
  /** all: every row or nothing; validOnly: the user explicitly chose to skip the rows with problems. */
  mode: z.enum(['all', 'validOnly']),
}).strict();

const message = z.object({ key: z.string(), field: z.enum(IMPORT_FIELDS).nullable(), message: z.string() });
export type ImportMessage = z.infer<typeof message>;

export const importPreviewRow = z.object({
  /** Line in the CSV file where the record starts, or row number in the worksheet (the header is 1). */
  line: z.number().int(),
  smeName: z.string(),
  kvk: z.string(),
  offering: z.string(),
  /** new: creates an SME; existing: the SME with this KvK in the workspace; repeat: as an earlier row of the file. */
  sme: z.enum(['new', 'existing', 'repeat']),
  problems: z.array(message),
  notices: z.array(message),
});
export type ImportPreviewRow = z.infer<typeof importPreviewRow>;

export const importHeader = z.object({ index: z.number().int(), label: z.string(), samples: z.array(z.string()) });
export type ImportHeader = z.infer<typeof importHeader>;

export const importPreview = z.object({
  format: z.enum(['csv', 'xlsx']).nullable(),
  /** utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252; null for XLSX or an unreadable file. */
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  headers: z.array(importHeader),
  mapping: z.record(z.enum(IMPORT_FIELDS), z.number().int().nullable()),
  dateOrder: z.enum(['dmy', 'mdy']),
  /** Problems with the file as a whole: while there is one, nothing can be imported. */
  fileProblems: z.array(message),
  /** Advice that blocks nothing, e.g. a column that gives a problem on most rows was probably guessed wrong. */
  hints: z.array(message),
  counts: z.object({
    rows: z.number().int(), valid: z.number().int(), invalid: z.number().int(),
    newSmes: z.number().int(), existingSmes: z.number().int(), repeats: z.number().int(),
  }),
  /** Every row with a problem or a notice, then the first clean rows (up to `shownClean`). */
  rows: z.array(importPreviewRow),
  hiddenClean: z.number().int(),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importResult = z.object({
  requests: z.number().int(),
  newSmes: z.number().int(),
  updatedSmes: z.number().int(),
  skipped: z.number().int(),
});
export type ImportResult = z.infer<typeof importResult>;
