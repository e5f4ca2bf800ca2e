import { useTranslation } from 'react-i18next';
import type { ProposalOutput } from '../../../../../shared/schemas/suggest';
import { formatNumber } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';

/** The proposal in numbers: its objective, what greedy would give, and whether it is proven optimal. */
export function ProposalSummary({ proposal }: { proposal: ProposalOutput }) {
  const { t } = useTranslation();
  const lang = useLang();
  const gain = proposal.objective - proposal.greedyObjective;
  const st = proposal.stats;
  const proof = proposal.optimal ? t('suggest.summary.optimalHint') : t('suggest.summary.notOptimalHint', { bound: formatNumber(proposal.bound, lang) });
  return (
    <div className="sg-summary" data-testid="suggest-summary">
      <div className="sg-summary-main">
        <div className="sg-figure">
          <span className="sg-figure-label">{t('suggest.summary.objective')}</span>
          <strong className="sg-figure-value" data-testid="suggest-objective">{formatNumber(proposal.objective, lang)}</strong>
        </div>
        <span className={`sg-proof${proposal.optimal ? ' is-optimal' : ''}`} data-testid="suggest-optimal" title={proof}>
          {proposal.optimal ? t('suggest.summary.optimal') : t('suggest.summary.notOptimal')}
        </span>
      </div>
      <p className="sg-greedy" title={t('suggest.summary.greedyHint')} data-testid="suggest-greedy">
        {t('suggest.summary.greedy')}: <strong>{formatNumber(proposal.greedyObjective, lang)}</strong>
        <span className={`sg-gain${gain > 0 ? ' is-up' : ''}`}>
          {gain > 0 ? t('suggest.summary.gain', { gain: formatNumber(gain, lang) }) : t('suggest.summary.same')}
        </span>
      </p>
      {!proposal.optimal && <p className="sg-note is-warning">{proof}</p>}
      {proposal.cancelled && <p className="sg-note is-warning" role="status">{t('suggest.stopped')}</p>}
      <p className="sg-summary-note">
        {t('suggest.summary.stats', {
          requests: formatNumber(st.requests, lang), candidates: formatNumber(st.candidates, lang),
          time: st.milliseconds < 1000 ? `${formatNumber(st.milliseconds, lang)} ms` : `${formatNumber(st.milliseconds / 1000, lang, 1)} s`,
        })}
      </p>
    </div>
  );
}
