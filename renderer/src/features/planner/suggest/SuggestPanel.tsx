import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import type { ProposalOutput } from '../../../../../shared/schemas/suggest';
import { ProposalSummary } from './ProposalSummary';
import type { LiveSuggestion, Review } from './review';
import { SuggestItem } from './SuggestItem';

interface Props {
  proposal: ProposalOutput;
  review: Review;
  idx: PlanIndex;
  selected: ReadonlySet<number>;
  locked: boolean;
  onToggle: (requestIds: readonly number[], on?: boolean) => void;
  onAccept: (items: readonly LiveSuggestion[]) => void;
  onDismiss: (requestIds: readonly number[]) => void;
  onRestore: () => void;
  onClose: () => void;
  onShow: (s: LiveSuggestion) => void;
}

/**
 * The review of a proposal beside the grid: the numbers, then every suggestion with its score broken down,
 * and the requests left out with the reason. Accept all, accept the selected ones, or reject some: accepting
 * is one undo step, rejecting only takes a suggestion off the list.
 */
/** Long proposals (a large werkplaats) show in pages, so the panel stays quick. */
const PAGE = 80;

export function SuggestPanel(p: Props) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const usable = p.review.live.filter((s) => !s.stale);
  const chosen = usable.filter((s) => p.selected.has(s.requestId));
  const all = usable.length > 0 && chosen.length === usable.length;
  const unplanned = p.proposal.unplanned;
  return (
    <div className="sg-panel" data-testid="suggest-panel">
      <ProposalSummary proposal={p.proposal} />
      <div className="sg-actions">
        <label className="sg-select-all">
          <input type="checkbox" checked={all} disabled={usable.length === 0}
            ref={(el) => { if (el) el.indeterminate = chosen.length > 0 && !all; }}
            onChange={() => p.onToggle(usable.map((s) => s.requestId), !all)} />
          <span>{t('suggest.list.selectAll')}</span>
        </label>
        <div className="sg-actions-buttons">
          <button type="button" className="btn btn-secondary btn-sm" disabled={chosen.length === 0 || p.locked}
            title={t('suggest.list.dismissHint')} onClick={() => p.onDismiss(chosen.map((s) => s.requestId))} data-testid="suggest-dismiss">
            {t('suggest.list.dismissSelected')}
          </button>
          {all ? (
            <button type="button" className="btn btn-primary btn-sm" disabled={p.locked} onClick={() => p.onAccept(usable)} data-testid="suggest-accept-all">
              {t('suggest.list.acceptAll', { count: usable.length })}
            </button>
          ) : (
            <button type="button" className="btn btn-primary btn-sm" disabled={chosen.length === 0 || p.locked} onClick={() => p.onAccept(chosen)}
              data-testid="suggest-accept-selected">
              {t('suggest.list.acceptSelected', { count: chosen.length })}
            </button>
          )}
        </div>
      </div>
      <div className="sg-scroll">
        <h3 className="sg-heading">{t('suggest.list.title')}</h3>
        {p.review.live.length === 0 ? (
          <p className="pl-empty">{p.proposal.suggestions.length === 0 ? t('suggest.list.empty') : t('suggest.list.allHandled')}</p>
        ) : (
          <ul className="sg-list" aria-label={t('suggest.list.title')} data-testid="suggest-list">
            {p.review.live.slice(0, limit).map((s) => (
              <SuggestItem key={s.requestId} s={s} idx={p.idx} selected={p.selected.has(s.requestId)}
                onToggle={(id) => p.onToggle([id])} onShow={p.onShow} />
            ))}
          </ul>
        )}
        {p.review.live.length > limit && (
          <button type="button" className="btn btn-secondary btn-sm sg-more" onClick={() => setLimit((l) => l + PAGE)}>
            {t('plannerEdit.list.showMore', { count: Math.min(PAGE, p.review.live.length - limit) })}
          </button>
        )}
        {p.review.dismissed > 0 && (
          <p className="sg-dismissed">
            {t('suggest.list.dismissed', { count: p.review.dismissed })}
            <button type="button" className="btn btn-link btn-sm" onClick={p.onRestore}>{t('suggest.list.restore')}</button>
          </p>
        )}
        {unplanned.length > 0 && (
          <details className="sg-unplanned" data-testid="suggest-unplanned">
            <summary className="sg-heading">{t('suggest.unplanned.title', { count: unplanned.length })}</summary>
            <ul className="sg-list">
              {unplanned.slice(0, Math.max(limit, 200)).map((u) => (
                <li key={u.requestId} className="sg-left" data-testid="suggest-left" data-request-id={u.requestId} data-reason={u.reason}>
                  <span className="sg-left-head">
                    <span className="sg-item-sme">{p.idx.request.get(u.requestId)?.smeName ?? `#${u.requestId}`}</span>
                    <span className={`sg-reason is-${u.reason}`}>{t(`suggest.unplanned.reason.${u.reason}`)}</span>
                  </span>
                  <span className="sg-left-detail">{u.detail}</span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <div className="sg-foot">
        <button type="button" className="btn btn-ghost btn-sm" onClick={p.onClose} aria-label={t('suggest.closeLabel')} data-testid="suggest-close">
          {t('suggest.close')}
        </button>
      </div>
    </div>
  );
}
