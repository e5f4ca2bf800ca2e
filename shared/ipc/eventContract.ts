import { z } from 'zod';
import * as e from '../schemas/events';
import { archiveInput, byId, empty } from '../schemas/masterInputs';
import { idResult } from '../schemas/masterRows';

// Contract entries of webinars and masterclasses: channel → { input, output, writes }.
export const EVENT_CONTRACT = {
  'events:table': { input: empty, output: z.array(e.eventListRow), writes: [] },
  'events:get': { input: byId, output: e.eventDetail, writes: [] },
  'events:create': { input: e.eventInput, output: e.eventSaveResult, writes: ['events', 'event_attendees', 'smes'] },
  'events:update': { input: e.eventUpdate, output: e.eventSaveResult, writes: ['events', 'event_attendees', 'smes'] },
  'events:archive': { input: archiveInput, output: idResult, writes: ['events'] },
} as const;
