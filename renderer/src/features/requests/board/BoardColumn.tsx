import { useId } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../../shared/domain/constants';
import type { RequestRow } from '../../../../../shared/schemas/rows';
import { requestTone } from '../../../components/Chips';
import { formatNumber } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { columnId } from './boardModel';
import { RequestCard } from './RequestCard';

/** Cards a column shows before "toon meer": enough to work with, few enough to stay smooth with 4,000 requests. */
export const PAGE_SIZE = 25;

interface Props {
  status: RequestStatus;
  rows: readonly RequestRow[];
  /** How many cards to show; the rest wait behind "toon meer". */
  limit: number;
  onShowMore: (status: RequestStatus) => void;
  today: Date;
  onOpen: (row: RequestRow) => void;
  savingId: number | null;
  /** The narrow "ended" column: cards stay folded away until asked for. */
  collapsible?: { open: boolean; onToggle: (status: RequestStatus) => void };
}

/** One status on the board: a drop target with its heading, its count and the first cards. */
export function BoardColumn({ status, rows, limit, onShowMore, today, onOpen, savingId, collapsible }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const listId = useId();
  const { setNodeRef, isOver, active } = useDroppable({ id: columnId(status) });
  const label = t(`enums.requestStatus.${status}`);
  const showCards = !collapsible || collapsible.open;
  const visible = showCards ? rows.slice(0, limit) : [];
  const hidden = showCards ? rows.length - visible.length : 0;
  const classes = [
    'board-column',
    `tone-${requestTone(status)}`,
    collapsible ? 'board-column-ended' : '',
    isOver ? 'is-over' : '',
    active ? 'is-dragging' : '',
  ];
  return (
    <section ref={setNodeRef} tabIndex={-1} className={classes.join(' ')} aria-labelledby={headingId} data-testid={`column-${status}`} data-status={status}>
      <header className="board-column-header">
        <h3 id={headingId} className="board-column-title">
          <span className="board-dot" aria-hidden="true" />
          {label}
        </h3>
        <span className="board-count" data-testid="column-count" aria-label={t('requestsEdit.board.countLabel', { count: rows.length })}>
          {formatNumber(rows.length, lang)}
        </span>
      </header>
      <div className="board-cards" id={listId}>
        {collapsible && !collapsible.open && <p className="board-drop-hint">{t('requestsEdit.board.endedHint')}</p>}
        {collapsible && rows.length > 0 && (
          <button
            type="button"
            className="btn btn-link btn-sm board-toggle"
            aria-expanded={collapsible.open}
            aria-controls={listId}
            onClick={() => collapsible.onToggle(status)}
          >
            {collapsible.open ? t('requestsEdit.board.hideCards') : t('requestsEdit.board.showCards', { count: rows.length })}
            <span className="sr-only"> ({label})</span>
          </button>
        )}
        {visible.map((r) => (
          <RequestCard key={r.id} row={r} today={today} onOpen={onOpen} saving={savingId === r.id} />
        ))}
        {showCards && rows.length === 0 && <p className="board-empty">{t('requestsEdit.board.empty')}</p>}
        {hidden > 0 && (
          <button
            type="button"
            className="btn btn-secondary btn-sm board-more"
            aria-label={t('requestsEdit.board.showMoreLabel', { status: label, next: Math.min(PAGE_SIZE, hidden), hidden: formatNumber(hidden, lang) })}
            onClick={() => onShowMore(status)}
          >
            {t('requestsEdit.board.showMore', { next: Math.min(PAGE_SIZE, hidden), hidden: formatNumber(hidden, lang) })}
          </button>
        )}
      </div>
    </section>
  );
}
