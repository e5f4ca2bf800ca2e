import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from './api';

// Sandboxed preload: exposes window.api (one function per channel, plus onDataChanged) and nothing else.
contextBridge.exposeInMainWorld('api', buildApi(ipcRenderer));
