import { z } from 'zod';
import * as input from '../schemas/inputs';
import * as row from '../schemas/rows';
import type { Channel, MenuCommand } from './channels';
import { MASTER_CONTRACT } from './masterContract';
import { PLANNER_CONTRACT } from './plannerContract';
import { HOURS_CONTRACT } from './hoursContract';
import { SUGGEST_CONTRACT } from './suggestContract';
import { TASK_CONTRACT } from './taskContract';
import { EXPORT_CONTRACT } from './exportContract';
import { EVENT_CONTRACT } from './eventContract';
import { REPORT_CONTRACT } from './reportContract';
import { IMPORT_CONTRACT } from './importContract';
import type { TaskProgress } from '../schemas/files';

/**
 * Every IPC channel with the schema of its input and output. `writes` names the tables a channel may change;
 * after a successful call the main side emits data:changed with them, and the renderer refetches.
 */
export const CONTRACT = {
  'app:info': { input: input.empty, output: row.appInfo, writes: [] },
  'workspace:startEmpty': { input: input.empty, output: row.appInfo, writes: ['*'] },
  'history:state': { input: input.empty, output: row.historyState, writes: [] },
  'history:undo': { input: input.empty, output: row.historyStep, writes: ['*'] },
  'history:redo': { input: input.empty, output: row.historyStep, writes: ['*'] },
  'settings:get': { input: input.empty, output: row.settings, writes: [] },
  'settings:set': { input: input.settingsPatch, output: row.settings, writes: ['settings'] },
  'schools:list': { input: input.empty, output: z.array(row.schoolRow), writes: [] },
  'programmes:list': { input: input.empty, output: z.array(row.programmeRow), writes: [] },
  'terms:list': { input: input.empty, output: z.array(row.termRow), writes: [] },
  'terms:weeks': { input: input.termWeeksQuery, output: z.array(row.termWeekRow), writes: [] },
  'cohorts:list': { input: input.termFilter, output: z.array(row.cohortRow), writes: [] },
  'offerings:list': { input: input.empty, output: z.array(row.offeringRow), writes: [] },
  'intermediaries:list': { input: input.empty, output: z.array(row.intermediaryRow), writes: [] },
  'smes:list': { input: input.empty, output: z.array(row.smeRow), writes: [] },
  'smes:create': { input: input.smeInput, output: row.smeRow, writes: ['smes'] },
  'requests:list': { input: input.empty, output: z.array(row.requestRow), writes: [] },
  'requests:setStatus': {
    input: input.requestStatusChange,
    output: row.requestRow,
    writes: ['requests', 'request_status_history'],
  },
  'assignments:list': { input: input.termFilter, output: z.array(row.assignmentRow), writes: [] },
  'staff:list': { input: input.empty, output: z.array(row.staffRow), writes: [] },
  'costs:monthly': { input: input.period, output: z.array(row.monthlyCostRow), writes: [] },
  'funders:list': { input: input.empty, output: z.array(row.funderRow), writes: [] },
  'events:list': { input: input.empty, output: z.array(row.eventRow), writes: [] },
  'reports:summary': { input: input.period, output: row.reportSummary, writes: [] },
  ...MASTER_CONTRACT,
  ...PLANNER_CONTRACT,
  ...HOURS_CONTRACT,
  ...SUGGEST_CONTRACT,
  ...TASK_CONTRACT,
  ...EXPORT_CONTRACT,
  ...EVENT_CONTRACT,
  ...REPORT_CONTRACT,
  ...IMPORT_CONTRACT,
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType; writes: readonly string[] }>;

// Compile-time check that CONTRACT has no channel that CHANNELS lacks.
type Extra = Exclude<keyof typeof CONTRACT, Channel>;
const _noExtra: [Extra] extends [never] ? true : never = true;
void _noExtra;

export type Contract = typeof CONTRACT;
/** What the caller passes (before parsing/normalising). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

export interface IpcError {
  code: string;
  message: string;
  details?: unknown;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The typed API the preload exposes as window.api: one function per channel. */
export type Api = {
  [C in Channel]: (input?: InputOf<C>) => Promise<IpcResult<OutputOf<C>>>;
} & {
  onDataChanged: (listener: (tables: string[]) => void) => () => void;
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Progress of long calls started with a taskId. */
  onTaskProgress: (listener: (progress: TaskProgress) => void) => () => void;
};
