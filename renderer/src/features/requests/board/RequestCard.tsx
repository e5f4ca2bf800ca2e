import { memo, type KeyboardEvent } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { RequestRow } from '../../../../../shared/schemas/rows';
import { PriorityBadge } from '../../../components/Chips';
import { formatDate } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { cardId, isWaitingStatus, needsReason, waitingDays } from './boardModel';

interface BodyProps {
  row: RequestRow;
  today: Date;
}

/** What a card says: waiting time for open work, the received date for the rest. */
export function useWhenText(row: RequestRow, today: Date): string {
  const { t } = useTranslation();
  const lang = useLang();
  if (!isWaitingStatus(row.status)) return t('requestsEdit.board.received', { date: formatDate(row.receivedOn, lang) });
  const days = waitingDays(row.receivedOn, today);
  return days === 0 ? t('requestsEdit.board.waitingToday') : t('requestsEdit.board.waiting', { count: days });
}

/** The visible content of a card, shared by the card in its column and the copy that follows the pointer. */
export function CardBody({ row, today }: BodyProps) {
  const { t } = useTranslation();
  const when = useWhenText(row, today);
  const days = isWaitingStatus(row.status) ? waitingDays(row.receivedOn, today) : 0;
  return (
    <>
      <span className="rcard-sme">{row.smeName}</span>
      <span className={`rcard-offering${row.offeringName ? '' : ' muted'}`}>{row.offeringName ?? t('requestsEdit.board.noOffering')}</span>
      {needsReason(row.status) && row.statusReason && <span className="rcard-reason">“{row.statusReason}”</span>}
      <span className="rcard-meta">
        <PriorityBadge priority={row.priority} />
        <span className={`rcard-wait${days > 28 ? ' rcard-wait-long' : ''}`}>{when}</span>
      </span>
      <span className={`rcard-owner${row.ownerName ? '' : ' muted'}`}>{row.ownerName ?? t('requestsEdit.board.noOwner')}</span>
    </>
  );
}

interface CardProps extends BodyProps {
  onOpen: (row: RequestRow) => void;
  /** Set while this card's move is being saved, so it is not dragged twice at once. */
  saving: boolean;
}

/** One request on the board: click or Enter opens it, drag (or Space and the arrow keys) moves it. */
export const RequestCard = memo(function RequestCard({ row, today, onOpen, saving }: CardProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: cardId(row.id),
    data: { row },
    disabled: saving,
    attributes: { roleDescription: t('requestsEdit.board.roleDescription') },
  });
  const when = useWhenText(row, today);
  const label = t('requestsEdit.board.cardLabel', {
    sme: row.smeName,
    offering: row.offeringName ?? t('requestsEdit.board.noOffering'),
    priority: t(`enums.priority.${row.priority}`),
    owner: row.ownerName ?? t('requestsEdit.board.noOwner'),
    when,
  });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && !isDragging) {
      e.preventDefault();
      onOpen(row);
      return;
    }
    listeners?.onKeyDown?.(e);
  };
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(row)}
      aria-label={label}
      className={`rcard priority-edge-${row.priority}${isDragging ? ' rcard-placeholder' : ''}${saving ? ' rcard-saving' : ''}`}
      data-testid="request-card"
      data-request-id={row.id}
      data-status={row.status}
    >
      <CardBody row={row} today={today} />
    </div>
  );
});
