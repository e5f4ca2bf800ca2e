import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAssignment } from '../../../../../shared/domain/planning/model';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import type { Violation } from '../../../../../shared/domain/planning/violations';
import { addDays, format, parseISO } from 'date-fns';
import { mondayOf, weeksBetween } from '../../../../../shared/domain/weeks';
import { AssignmentStatusChip, PriorityBadge, ThemeTag } from '../../../components/Chips';
import { formatDate, formatHours } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { teamLabel, violationText, weekRange } from '../model/words';
import { lifeActionsFor, type LifeAction } from './lifeActions';

interface Props {
  a: PlanAssignment;
  idx: PlanIndex;
  warnings: readonly Violation[];
  locked: boolean;
  onAction: (action: LifeAction) => void;
  onClose: () => void;
}

const sunday = (week: string) => format(addDays(parseISO(mondayOf(week)), 6), 'yyyy-MM-dd');

/** Everything about one bar, in words, with what can be done next in its life cycle. */
export function AssignmentPanel({ a, idx, warnings, locked, onAction, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const request = idx.request.get(a.requestId);
  const team = idx.team.get(a.teamId);
  const term = team ? idx.term.get(team.termId) : undefined;
  const weeks = weeksBetween(mondayOf(a.startWeek), mondayOf(a.endWeek)).length;
  const actions = lifeActionsFor(a.status);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const facts: [string, ReactNode][] = [
    [t('plannerEdit.panel.team'), team ? teamLabel(team, true) : '—'],
    [t('plannerEdit.panel.school'), team ? `${team.schoolName}${term ? ` · ${term.name} ${term.schoolYear}` : ''}` : '—'],
    [t('plannerEdit.panel.weeks'), `${weekRange(a.startWeek, a.endWeek)} · ${t('common.weeks', { count: weeks })}`],
    [t('plannerEdit.panel.dates'), `${formatDate(mondayOf(a.startWeek), lang)} – ${formatDate(sunday(a.endWeek), lang)}`],
    [t('plannerEdit.panel.status'), <AssignmentStatusChip key="s" status={a.status} />],
    [t('plannerEdit.panel.priority'), request ? <PriorityBadge key="p" priority={request.priority} /> : '—'],
    [t('plannerEdit.panel.theme'), <ThemeTag key="th" theme={request?.theme ?? null} />],
    [t('plannerEdit.panel.effort'), request ? formatHours(request.effortMinutes, lang) : '—'],
  ];

  return (
    <dialog ref={ref} className="panel pl-panel" aria-labelledby={titleId} data-testid="assignment-panel"
      onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <div className="panel-form">
        <header className="panel-header">
          <div>
            <h2 id={titleId}>{request?.smeName ?? '?'}</h2>
            <p className="panel-subtitle">{request?.offeringName ?? t('plannerEdit.bar.noOffering')}</p>
          </div>
          <button type="button" className="btn btn-ghost btn-icon" onClick={onClose} aria-label={t('forms.closePanel')}>×</button>
        </header>
        <div className="panel-body">
          {a.needsReplan && <div className="alert alert-error" role="status">{t('plannerEdit.panel.replan')}</div>}
          <dl className="pl-facts">
            {facts.map(([k, v]) => (
              <div key={k} className="pl-fact"><dt>{k}</dt><dd>{v}</dd></div>
            ))}
          </dl>
          <section aria-labelledby={`${titleId}-w`}>
            <h3 id={`${titleId}-w`} className="form-section-title">{t('plannerEdit.panel.warnings')}</h3>
            {warnings.length === 0 ? (
              <p className="pl-muted">{t('plannerEdit.panel.noWarnings')}</p>
            ) : (
              <ul className="pl-warning-list">
                {warnings.map((v) => (
                  <li key={v.rule} className={v.hard ? 'is-hard' : 'is-soft'}>{violationText(v, lang, t)}</li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <footer className="panel-footer pl-panel-actions" aria-label={t('plannerEdit.panel.actions')}>
          {actions.length === 0 && <span className="pl-muted">{t('plannerEdit.panel.noActions')}</span>}
          {actions.map((action) => (
            <button key={action} type="button" disabled={locked}
              className={`btn btn-sm ${action === 'cancel' ? 'btn-danger' : action === actions[0] ? 'btn-primary' : 'btn-secondary'}`}
              onClick={() => onAction(action)}>
              {t(`plannerEdit.actions.${actionKey(action, a)}`)}
            </button>
          ))}
        </footer>
      </div>
    </dialog>
  );
}

/** A second evaluation updates the first, so the button says so. */
export const actionKey = (action: LifeAction, a: Pick<PlanAssignment, 'status'>): LifeAction | 'evaluateAgain' =>
  action === 'evaluate' && a.status === 'evaluated' ? 'evaluateAgain' : action;
