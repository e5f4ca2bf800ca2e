import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import type { Violation } from '../../../../../shared/domain/planning/violations';
import { useLang } from '../../../i18n/useLang';
import { teamLabel, violationText, weekRange } from '../model/words';

interface Props {
  idx: PlanIndex;
  warnings: Readonly<Record<string, readonly Violation[]>>;
  onShow: (assignmentId: number) => void;
}

export interface Conflict { assignmentId: number; hard: boolean; violations: readonly Violation[] }

/** Every bar of the shown terms with a warning, blocking ones first, then by start week. */
export function conflictsOf(idx: PlanIndex, warnings: Props['warnings']): Conflict[] {
  const byId = new Map(idx.snapshot.assignments.map((a) => [a.id, a]));
  return Object.entries(warnings)
    .map(([id, violations]) => ({ assignmentId: Number(id), hard: violations.some((v) => v.hard), violations }))
    .filter((c) => c.violations.length > 0 && byId.has(c.assignmentId))
    .sort((x, y) => Number(y.hard) - Number(x.hard) ||
      byId.get(x.assignmentId)!.startWeek.localeCompare(byId.get(y.assignmentId)!.startWeek) || x.assignmentId - y.assignmentId);
}

/** The conflicts of the visible period in words; choosing one scrolls the grid to its bar and focuses it. */
export function ConflictsPanel({ idx, warnings, onShow }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useMemo(() => conflictsOf(idx, warnings), [idx, warnings]);
  const byId = useMemo(() => new Map(idx.snapshot.assignments.map((a) => [a.id, a])), [idx]);
  const hard = list.filter((c) => c.hard).length;
  if (list.length === 0) {
    return (
      <div className="pl-conflicts" data-testid="conflicts-panel">
        <p className="pl-empty pl-empty-ok">{t('plannerEdit.conflicts.empty')}</p>
      </div>
    );
  }
  return (
    <div className="pl-conflicts" data-testid="conflicts-panel">
      <p className="pl-list-status">
        {[hard > 0 ? t('plannerEdit.conflicts.hardCount', { count: hard }) : null,
          list.length > hard ? t('plannerEdit.conflicts.softCount', { count: list.length - hard }) : null].filter(Boolean).join(' · ')}
      </p>
      <ul className="pl-conflict-list" aria-label={t('plannerEdit.conflicts.title')}>
        {list.map((c) => {
          const a = byId.get(c.assignmentId)!;
          const request = idx.request.get(a.requestId);
          const team = idx.team.get(a.teamId);
          return (
            <li key={c.assignmentId}>
              <button
                type="button"
                className={`pl-conflict${c.hard ? ' is-hard' : ''}`}
                onClick={() => onShow(c.assignmentId)}
                data-testid="conflict"
                data-assignment-id={c.assignmentId}
              >
                <span className="pl-conflict-head">
                  <span className={`pl-conflict-icon${c.hard ? ' is-hard' : ''}`} aria-hidden="true">!</span>
                  <span className="pl-conflict-sme">{request?.smeName}</span>
                  <span className="pl-conflict-weeks">{weekRange(a.startWeek, a.endWeek)}</span>
                </span>
                <span className="pl-conflict-team">{team ? teamLabel(team, true) : ''}</span>
                <span className="sr-only">{c.hard ? t('plannerEdit.conflicts.hard') : t('plannerEdit.conflicts.soft')}: </span>
                {c.violations.map((v) => (
                  <span key={v.rule} className="pl-conflict-text">{violationText(v, lang, t)}</span>
                ))}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
