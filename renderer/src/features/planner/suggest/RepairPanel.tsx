import { useTranslation } from 'react-i18next';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import type { RepairOutput } from '../../../../../shared/schemas/suggest';
import { teamLabel, weekRange } from '../model/words';

interface Props {
  repair: RepairOutput;
  idx: PlanIndex;
  locked: boolean;
  onAccept: () => void;
  onClose: () => void;
  onShow: (teamId: number, startWeek: string) => void;
}

/** The re-plan after a drop-out: what moves where (from → to), what gets placed new, what finds no place. */
export function RepairPanel({ repair, idx, locked, onAccept, onClose, onShow }: Props) {
  const { t } = useTranslation();
  const team = (id: number) => {
    const tm = idx.team.get(id);
    return tm ? teamLabel(tm, true) : `#${id}`;
  };
  const sme = (requestId: number) => idx.request.get(requestId)?.smeName ?? `#${requestId}`;
  const changes = repair.moves.length + repair.placements.length;
  const replaced = repair.moves.filter((m) => m.flagged);
  const aside = repair.moves.filter((m) => !m.flagged);
  return (
    <div className="sg-panel" data-testid="repair-panel">
      <div className="sg-summary">
        <p className="sg-repair-lead">{repair.flagged > 0 ? t('suggest.repair.flagged', { count: repair.flagged }) : t('suggest.repair.none')}</p>
        {repair.cancelled && <p className="sg-note is-warning" role="status">{t('suggest.stopped')}</p>}
      </div>
      <div className="sg-scroll">
        <MoveList title={t('suggest.repair.moves', { count: replaced.length })} moves={replaced} team={team} sme={sme} onShow={onShow} />
        <MoveList title={t('suggest.repair.aside', { count: aside.length })} moves={aside} team={team} sme={sme} onShow={onShow} />
        {repair.placements.length > 0 && (
          <>
            <h3 className="sg-heading">{t('suggest.repair.placements', { count: repair.placements.length })}</h3>
            <ul className="sg-list">
              {repair.placements.map((p) => (
                <li key={p.requestId} className="sg-item" data-testid="repair-placement">
                  <span className="sg-item-sme">{sme(p.requestId)}</span>
                  <button type="button" className="sg-move-line is-to" onClick={() => onShow(p.teamId, p.startWeek)}>
                    <span>{team(p.teamId)}</span><span className="sg-item-weeks">{weekRange(p.startWeek, p.endWeek)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {repair.unplaced.length > 0 && (
          <>
            <h3 className="sg-heading">{t('suggest.repair.unplaced', { count: repair.unplaced.length })}</h3>
            <ul className="sg-list">
              {repair.unplaced.map((u) => (
                <li key={u.assignmentId} className="sg-left" data-testid="repair-unplaced">
                  <span className="sg-item-sme">{sme(u.requestId)}</span>
                  <span className="sg-left-detail">{u.detail}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {changes === 0 && repair.flagged > 0 && <p className="pl-empty">{t('suggest.repair.nothing')}</p>}
      </div>
      <div className="sg-foot">
        <button type="button" className="btn btn-ghost btn-sm" onClick={onClose}>{t('suggest.repair.discard')}</button>
        <button type="button" className="btn btn-primary btn-sm" disabled={changes === 0 || locked} onClick={onAccept}
          title={t('suggest.repair.acceptHint')} data-testid="repair-accept">
          {t('suggest.repair.accept')}
        </button>
      </div>
    </div>
  );
}

type Move = RepairOutput['moves'][number];

/** Moves as "from → to" pairs; the "to" line shows the new place on the grid. */
function MoveList({ title, moves, team, sme, onShow }: {
  title: string; moves: readonly Move[]; team: (id: number) => string; sme: (requestId: number) => string;
  onShow: (teamId: number, startWeek: string) => void;
}) {
  const { t } = useTranslation();
  if (moves.length === 0) return null;
  return (
    <>
      <h3 className="sg-heading">{title}</h3>
      <ul className="sg-list">
        {moves.map((m) => (
          <li key={m.assignmentId} className={`sg-item sg-move${m.flagged ? '' : ' is-aside'}`} data-testid="repair-move" data-assignment-id={m.assignmentId}>
            <span className="sg-left-head">
              <span className="sg-item-sme">{sme(m.requestId)}</span>
              {m.score !== null && m.flagged && <span className="sg-score">{m.score}</span>}
            </span>
            <span className="sg-move-line is-from">
              <span className="sg-move-tag">{t('suggest.repair.from')}</span>
              <span>{team(m.from.teamId)}</span><span className="sg-item-weeks">{weekRange(m.from.startWeek, m.from.endWeek)}</span>
            </span>
            <button type="button" className="sg-move-line is-to" onClick={() => onShow(m.to.teamId, m.to.startWeek)}>
              <span className="sg-move-tag">{t('suggest.repair.to')}</span>
              <span>{team(m.to.teamId)}</span><span className="sg-item-weeks">{weekRange(m.to.startWeek, m.to.endWeek)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
