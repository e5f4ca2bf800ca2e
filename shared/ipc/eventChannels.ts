// Channel names of webinars and masterclasses (issue 7, point 3); channels.ts spreads this in.
// (`events:list`, the plain list the timesheet picks from, predates this file and stays in channels.ts.)
export const EVENT_CHANNELS = ['events:table', 'events:get', 'events:create', 'events:update', 'events:archive'] as const;
