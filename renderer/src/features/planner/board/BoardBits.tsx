import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import { formatNumber } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { useDragSelector, type DragStore } from '../dnd/dragStore';
import type { DragSource } from '../model/proposal';

interface SummaryProps {
  teams: number;
  bars: number;
  running: number;
  conflicts: number;
  saving: boolean;
  onCollapseAll: () => void;
  onExpandAll: () => void;
  onToday: (() => void) | null;
  grouped: boolean;
  /** More buttons at the front (the suggestion ones). */
  extra?: ReactNode;
}

/** Above the grid: what is shown in numbers, and the buttons that fold groups and jump to today. */
export function GridToolbar(p: SummaryProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="pl-gridbar">
      <p className="pl-summary" data-testid="planner-summary">
        <span><strong>{formatNumber(p.teams, lang)}</strong> {t('plannerEdit.summary.teams', { count: p.teams })}</span>
        <span><strong>{formatNumber(p.bars, lang)}</strong> {t('plannerEdit.summary.bars', { count: p.bars })}</span>
        <span><strong>{formatNumber(p.running, lang)}</strong> {t('plannerEdit.summary.running')}</span>
        <span className={p.conflicts > 0 ? 'pl-summary-warn' : ''}>
          <strong>{formatNumber(p.conflicts, lang)}</strong> {t('plannerEdit.summary.conflicts', { count: p.conflicts })}
        </span>
        {p.saving && <span className="pl-saving" role="status">{t('plannerEdit.summary.saving')}</span>}
      </p>
      <div className="pl-gridbar-actions">
        {p.extra}
        {p.onToday && <button type="button" className="btn btn-secondary btn-sm" onClick={p.onToday}>{t('plannerEdit.toolbar.today')}</button>}
        {p.grouped && (
          <>
            <button type="button" className="btn btn-ghost btn-sm" onClick={p.onCollapseAll} aria-label={t('plannerEdit.toolbar.collapseAllLabel')}
              title={t('plannerEdit.toolbar.collapseAllLabel')}>{t('plannerEdit.toolbar.collapseAll')}</button>
            <button type="button" className="btn btn-ghost btn-sm" onClick={p.onExpandAll} aria-label={t('plannerEdit.toolbar.expandAllLabel')}
              title={t('plannerEdit.toolbar.expandAllLabel')}>{t('plannerEdit.toolbar.expandAll')}</button>
          </>
        )}
      </div>
    </div>
  );
}

/** Colours and marks of the grid explained; every status also reads in words on the bars' details. */
export function Legend() {
  const { t } = useTranslation();
  return (
    <ul className="pl-legend" aria-label={t('plannerEdit.legend.label')}>
      {(['planned', 'running', 'delivered', 'evaluated'] as const).map((s) => (
        <li key={s}><span className={`pl-swatch pl-bar-${s}`} aria-hidden="true" />{t(`enums.assignmentStatus.${s}`)}</li>
      ))}
      <li><span className="pl-swatch pl-swatch-warning" aria-hidden="true">!</span>{t('plannerEdit.legend.warning')}</li>
      <li><span className="pl-swatch pl-swatch-replan" aria-hidden="true" />{t('plannerEdit.legend.replan')}</li>
      <li><span className="pl-swatch pl-swatch-suggestion" aria-hidden="true" />{t('suggest.ghost.legend')}</li>
      <li className="pl-legend-gap"><span className="pl-swatch pl-shade-exam" aria-hidden="true" />{t('enums.weekKind.exam')}</li>
      <li><span className="pl-swatch pl-shade-holiday" aria-hidden="true" />{t('enums.weekKind.holiday')}</li>
      <li><span className="pl-swatch pl-shade-free" aria-hidden="true" />{t('enums.weekKind.free')}</li>
      <li><span className="pl-swatch pl-shade-outside" aria-hidden="true" />{t('plannerEdit.legend.outside')}</li>
      <li><span className="pl-swatch pl-swatch-today" aria-hidden="true" />{t('plannerEdit.grid.today')}</li>
    </ul>
  );
}

/**
 * The small label that follows the pointer during a drag: who is moved, and how many. Over the grid it steps
 * aside, since the preview in the cells already says all that.
 */
export function DragChip({ source, idx, store }: { source: DragSource; idx: PlanIndex; store: DragStore }) {
  const { t } = useTranslation();
  const overCell = useDragSelector(store, (s) => s.target?.kind === 'cell');
  const ids = source.kind === 'requests' ? source.requestIds : source.kind === 'bars' ? source.assignmentIds : [source.assignmentId];
  const firstRequest = source.kind === 'requests' ? source.requestIds[0]
    : idx.snapshot.assignments.find((a) => a.id === (source.kind === 'bars' ? source.anchorId : source.assignmentId))?.requestId;
  const name = firstRequest !== undefined ? idx.request.get(firstRequest)?.smeName : '';
  return (
    <div className={`pl-drag-chip is-${source.kind}${overCell ? ' is-hidden' : ''}`} data-testid="drag-chip">
      <span className="pl-drag-chip-dot" aria-hidden="true" />
      <span className="pl-drag-chip-name">{name}</span>
      {ids.length > 1 && <span className="pl-badge">{t('plannerEdit.drop.more', { count: ids.length - 1 })}</span>}
    </div>
  );
}
