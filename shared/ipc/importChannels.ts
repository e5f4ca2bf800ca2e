// Channel names of the request/SME import (issue 7.4); channels.ts spreads this in.
export const IMPORT_CHANNELS = ['importRequests:preview', 'importRequests:commit'] as const;
