// The channel names alone, without schemas, so the preload can build window.api without bundling zod.
// shared/ipc/contract.ts checks at compile time that it defines exactly these channels.

import { HOURS_CHANNELS } from './hoursChannels';
import { SUGGEST_CHANNELS } from './suggestChannels';
import { TASK_CHANNELS } from './taskChannels';
import { EXPORT_CHANNELS } from './exportChannels';
import { EVENT_CHANNELS } from './eventChannels';
import { REPORT_CHANNELS } from './reportChannels';
import { IMPORT_CHANNELS } from './importChannels';

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
  'schools:create',
  'schools:update',
  'schools:archive',
  'programmes:create',
  'programmes:update',
  'programmes:archive',
  'terms:create',
  'terms:update',
  'terms:archive',
  'terms:setWeekKind',
  'holidays:list',
  'holidays:import',
  'cohorts:create',
  'cohorts:update',
  'cohorts:archive',
  'cohorts:archived',
  'teams:list',
  'teams:rename',
  'capacity:summary',
  'offerings:create',
  'offerings:update',
  'offerings:archive',
  'offerings:links',
  'smes:update',
  'smes:archive',
  'intermediaries:create',
  'intermediaries:update',
  'intermediaries:archive',
  'intermediaries:archived',
  'smes:get',
  'smes:duplicates',
  'smes:merge',
  'requests:create',
  'requests:update',
  'requests:archive',
  'requests:archived',
  'requests:detail',
  'rollover:preview',
  'rollover:apply',
  'planner:data',
  'planner:assign',
  'planner:move',
  'planner:unplan',
  'assignments:setStatus',
  'assignments:evaluate',
  'teams:dropOut',
  ...HOURS_CHANNELS,
  ...SUGGEST_CHANNELS,
  ...TASK_CHANNELS,
  ...EXPORT_CHANNELS,
  ...EVENT_CHANNELS,
  ...REPORT_CHANNELS,
  ...IMPORT_CHANNELS,
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Event the main side sends after a write, naming the tables that changed. */
export const DATA_CHANGED = 'data:changed';

/**
 * Event the main side sends when the user picks a menu item the page must carry out (undo and redo: the page
 * knows whether focus is in a text field, where the browser's own text undo applies, or not).
 */
export const MENU_COMMAND = 'menu:command';
export const MENU_COMMANDS = ['undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
