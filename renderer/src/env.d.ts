import type { Api } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Provided by the preload (Electron) or the test harness; the renderer talks to nothing else. */
    api: Api;
  }
}

export {};
