// The channel names alone, without schemas, so the preload can build window.api without bundling zod.
// shared/ipc/contract.ts checks at compile time that it defines exactly these channels.

export const CHANNELS = [
  'app:info',
  'workspace:startEmpty',
  'history:state',
  'history:undo',
  'history:redo',
  'settings:get',
  'settings:set',
  'schools:list',
  'programmes:list',
  'terms:list',
  'terms:weeks',
  'cohorts:list',
  'offerings:list',
  'intermediaries:list',
  'smes:list',
  'smes:create',
  'requests:list',
  'requests:setStatus',
  'assignments:list',
  'staff:list',
  'costs:monthly',
  'funders:list',
  'events:list',
  'reports:summary',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Event the main side sends after a write, naming the tables that changed. */
export const DATA_CHANGED = 'data:changed';
