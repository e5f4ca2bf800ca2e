import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import { SCORE_PARTS } from '../../../../../shared/domain/suggest/weights';
import { formatNumber } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { teamLabel, violationText, weekRange } from '../model/words';
import type { LiveSuggestion } from './review';

interface Props {
  s: LiveSuggestion;
  idx: PlanIndex;
  selected: boolean;
  onToggle: (requestId: number) => void;
  onShow: (s: LiveSuggestion) => void;
}

/** One suggestion: who, which team, which weeks, its score and the parts it is made of, and any warning. */
export const SuggestItem = memo(function SuggestItem({ s, idx, selected, onToggle, onShow }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const request = idx.request.get(s.requestId);
  const team = idx.team.get(s.teamId);
  const sme = request?.smeName ?? `#${s.requestId}`;
  const parts = SCORE_PARTS.filter((p) => s.parts[p] !== 0);
  const boxId = `sg-${s.requestId}`;
  return (
    <li className={`sg-item${selected ? ' is-selected' : ''}${s.stale ? ' is-stale' : ''}`} data-testid="suggestion" data-request-id={s.requestId}>
      <div className="sg-item-head">
        <input type="checkbox" id={boxId} checked={selected && !s.stale} disabled={s.stale} onChange={() => onToggle(s.requestId)}
          aria-label={t('suggest.list.select', { sme })} />
        <label htmlFor={boxId} className="sg-item-title">
          <span className="sg-item-sme">{sme}</span>
          <span className="sg-item-offering">{request?.offeringName ?? ''}</span>
        </label>
        <span className="sg-score" title={t('suggest.list.score', { score: s.score })}>{formatNumber(s.score, lang)}</span>
      </div>
      <button type="button" className="sg-item-where" onClick={() => onShow(s)} title={t('suggest.list.show')}>
        <span>{team ? teamLabel(team, true) : ''}</span>
        <span className="sg-item-weeks">{weekRange(s.startWeek, s.endWeek)}</span>
      </button>
      <ul className="sg-parts" aria-label={t('suggest.list.scoreOf', { score: s.score })}>
        {parts.map((p) => (
          <li key={p} className={`sg-part sg-part-${p}`}>
            <span>{t(`suggest.parts.${p}`)}</span>
            <strong>{formatNumber(s.parts[p], lang)}</strong>
          </li>
        ))}
      </ul>
      {s.stale && <p className="sg-note is-stale">{t('suggest.list.stale')}</p>}
      {!s.stale && s.violations.map((v) => (
        <p key={v.rule} className="sg-note is-warning"><span className="sg-warn-icon" aria-hidden="true">!</span>{violationText(v, lang, t)}</p>
      ))}
    </li>
  );
});
