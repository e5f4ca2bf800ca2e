export { runHistoryCommand, type HistoryCommand } from './historyCommand';
export { showToast, ToastHost } from './Toast';
export { UndoRedoControls } from './UndoRedoControls';
export { useHistoryShortcuts, isEditingTarget } from './useHistoryShortcuts';
