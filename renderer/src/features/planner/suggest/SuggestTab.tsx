import { useTranslation } from 'react-i18next';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import { ProgressBar } from '../../../components/ProgressBar';
import { RepairPanel } from './RepairPanel';
import { SuggestPanel } from './SuggestPanel';
import type { SuggestBoard } from './useSuggestBoard';

/** What the suggestion tab shows: the running solve with its progress, a proposal or a repair to review. */
export function SuggestTab({ sg, idx, locked }: { sg: SuggestBoard; idx: PlanIndex; locked: boolean }) {
  const { t } = useTranslation();
  const m = sg.mode;
  if (m.kind === 'running') {
    return (
      <div className="sg-panel sg-running" data-testid="suggest-running">
        <ProgressBar taskId={m.taskId} label={m.what === 'run' ? t('suggest.running') : t('suggest.repairRunning')} onCancel={sg.cancel} />
      </div>
    );
  }
  if (m.kind === 'review' && sg.review) {
    return (
      <SuggestPanel proposal={m.proposal} review={sg.review} idx={idx} selected={sg.selected} locked={locked}
        onToggle={sg.toggle} onAccept={sg.accept} onDismiss={sg.dismiss} onRestore={sg.restore} onClose={sg.close}
        onShow={(s) => sg.show(s.teamId, s.startWeek, s.requestId)} />
    );
  }
  if (m.kind === 'repair') {
    return (
      <RepairPanel repair={m.repair} idx={idx} locked={locked} onAccept={sg.applyRepair} onClose={sg.close}
        onShow={(teamId, week) => {
          const move = m.repair.moves.find((x) => x.to.teamId === teamId && x.to.startWeek === week);
          const place = m.repair.placements.find((x) => x.teamId === teamId && x.startWeek === week);
          sg.show(teamId, week, move?.requestId ?? place?.requestId ?? 0);
        }} />
    );
  }
  return (
    <div className="sg-panel" data-testid="suggest-idle">
      {sg.message && (
        <p className={`sg-note${sg.message === 'cancelled' ? '' : ' is-error'}`} role="status" data-testid="suggest-message">
          {sg.message === 'cancelled' ? t('suggest.cancelledNothing') : sg.message}
        </p>
      )}
    </div>
  );
}

/** The buttons above the grid that start a proposal or a repair. */
export function SuggestButtons({ sg, disabled }: { sg: SuggestBoard; disabled: boolean }) {
  const { t } = useTranslation();
  const m = sg.mode;
  const running = m.kind === 'running';
  // Said once when the answer arrives: the review itself opens in the side panel, away from the button.
  const announcement = m.kind === 'running' ? (m.what === 'run' ? t('suggest.running') : t('suggest.repairRunning'))
    : m.kind === 'review' ? t('suggest.announce', {
      count: m.proposal.suggestions.length, objective: m.proposal.objective,
      proof: m.proposal.optimal ? t('suggest.summary.optimal') : t('suggest.summary.notOptimal'),
    })
      : m.kind === 'repair' ? t('suggest.repair.flagged', { count: m.repair.flagged }) : '';
  return (
    <>
      <span className="sr-only" role="status">{announcement}</span>
      {sg.flagged > 0 && (
        <button type="button" className="btn btn-secondary btn-sm sg-repair-button" disabled={running || disabled}
          title={t('suggest.repairHint')} onClick={() => sg.run('repair')} data-testid="repair-run">
          {t('suggest.repairRun', { count: sg.flagged })}
        </button>
      )}
      <button type="button" className="btn btn-primary btn-sm" disabled={running || disabled}
        title={t('suggest.runHint')} onClick={() => sg.run('run')} data-testid="suggest-run">
        <span className="sg-spark" aria-hidden="true">✦</span>
        {t('suggest.run')}
      </button>
    </>
  );
}
