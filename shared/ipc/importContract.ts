import * as s from '../schemas/importRequests';

// Contract entries of the request/SME import (issue 7.4). Both channels are asynchronous (XLSX reading, progress).
export const IMPORT_CONTRACT = {
  /** Reads only: mapping, every row's problems and the counts. */
  'importRequests:preview': { input: s.importRequestsInput, output: s.importPreview, writes: [] },
  'importRequests:commit': { input: s.importCommitInput, output: s.importResult, writes: ['smes', 'requests', 'request_status_history'] },
} as const;
