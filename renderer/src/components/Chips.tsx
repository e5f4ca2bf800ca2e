import { useTranslation } from 'react-i18next';
import { LEVELS, type AssignmentStatus, type Level, type Priority, type RequestStatus, type Theme } from '../../../shared/domain/constants';

// Status colours follow the pipeline: grey = waiting, blue = in intake, violet = ready, teal = at work,
// green = done, red/amber = ended early. Every chip carries text, so colour is never the only signal.

const REQUEST_TONE: Record<RequestStatus, string> = {
  new: 'neutral',
  intake_planned: 'info',
  intake_done: 'info',
  ready_for_matching: 'violet',
  matched: 'accent',
  running: 'accent',
  delivered: 'success',
  evaluated: 'success',
  closed: 'muted',
  rejected: 'danger',
  withdrawn: 'warning',
};

const ASSIGNMENT_TONE: Record<AssignmentStatus, string> = {
  planned: 'violet',
  running: 'accent',
  delivered: 'success',
  evaluated: 'success',
  cancelled: 'danger',
};

export const requestTone = (s: RequestStatus) => REQUEST_TONE[s];

export function RequestStatusChip({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`chip chip-${REQUEST_TONE[status]}`} data-status={status}>
      {t(`enums.requestStatus.${status}`)}
    </span>
  );
}

export function AssignmentStatusChip({ status }: { status: AssignmentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`chip chip-${ASSIGNMENT_TONE[status]}`} data-status={status}>
      {t(`enums.assignmentStatus.${status}`)}
    </span>
  );
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return <span className={`priority priority-${priority}`}>{t(`enums.priority.${priority}`)}</span>;
}

export function ThemeTag({ theme }: { theme: Theme | null }) {
  const { t } = useTranslation();
  if (!theme) return <span className="muted">—</span>;
  return <span className={`tag tag-theme theme-${theme}`}>{t(`enums.theme.${theme}`)}</span>;
}

export function LevelTags({ levels }: { levels: readonly Level[] }) {
  const { t } = useTranslation();
  return (
    <span className="tag-list">
      {[...levels].sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b)).map((l) => (
        <span key={l} className="tag">{t(`enums.level.${l}`)}</span>
      ))}
    </span>
  );
}
