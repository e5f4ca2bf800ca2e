import type { AssignmentStatus } from '../../../../../shared/domain/constants';

/** What can happen to an assignment from the planner, by its status (the core's life cycle). */
export type LifeAction = 'start' | 'deliver' | 'evaluate' | 'cancel' | 'unplan' | 'backToPlanned' | 'backToRunning';

const BY_STATUS: Record<AssignmentStatus, LifeAction[]> = {
  planned: ['start', 'cancel', 'unplan'],
  running: ['deliver', 'backToPlanned', 'cancel'],
  delivered: ['evaluate', 'backToRunning'],
  evaluated: ['evaluate'],
  cancelled: [],
};

export const lifeActionsFor = (status: AssignmentStatus): LifeAction[] => BY_STATUS[status];

/** The status a simple action leads to (evaluate, cancel and unplan have their own commands). */
export const TARGET_STATUS: Partial<Record<LifeAction, 'running' | 'delivered' | 'planned'>> = {
  start: 'running',
  deliver: 'delivered',
  backToPlanned: 'planned',
  backToRunning: 'running',
};
