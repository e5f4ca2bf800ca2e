import type { EVENT_CONTRACT } from '../../../../shared/ipc/eventContract';
import type { HandlerContext, Handlers } from '../../ipc/router';
import { getEventDetail, listEventTable } from './eventsRead';
import { archiveEvent, createEvent, updateEvent } from './eventsWrite';

const dbOf = (ctx: HandlerContext) => ctx.host.current.db;

/** Webinars and masterclasses. An event with companies added on the spot is one action: one undo step. */
export function createEventHandlers(): Pick<Handlers, keyof typeof EVENT_CONTRACT> {
  return {
    'events:table': (_, ctx) => listEventTable(dbOf(ctx)),
    'events:get': ({ id }, ctx) => getEventDetail(dbOf(ctx), id),
    'events:create': (v, ctx) => ctx.action('events:create', () => createEvent(dbOf(ctx), v)),
    'events:update': ({ id, values }, ctx) => ctx.action('events:update', () => updateEvent(dbOf(ctx), id, values)),
    'events:archive': ({ id, archived }, ctx) => ctx.action('events:archive', () => archiveEvent(dbOf(ctx), id, archived)),
  };
}
