import { memo, type KeyboardEvent } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { PlanRequest } from '../../../../../shared/domain/planning/model';
import { PriorityBadge } from '../../../components/Chips';
import { usePlannerActions } from '../plannerContext';
import { waitingDays } from './unplannedFilter';

interface Props {
  request: PlanRequest;
  today: string;
  selected: boolean;
  dimmed: boolean;
  locked: boolean;
}

/** Body of a waiting request: shared by the card in the list and the label that follows the pointer. */
export function RequestCardBody({ request, today }: { request: PlanRequest; today: string }) {
  const { t } = useTranslation();
  const days = waitingDays(request.receivedOn, today);
  return (
    <>
      <span className="pl-card-sme">{request.smeName}</span>
      <span className="pl-card-offering">{request.offeringName ?? t('plannerEdit.bar.noOffering')}</span>
      <span className="pl-card-meta">
        <span className="pl-card-duration">{t('plannerEdit.list.weeks', { count: request.durationWeeks })}</span>
        <PriorityBadge priority={request.priority} />
        <span className={`pl-card-wait${days > 30 ? ' is-long' : ''}`}>{t('plannerEdit.list.waited', { count: days })}</span>
        {request.levels.length > 0 && (
          <span className="pl-card-levels">{request.levels.map((l) => t(`enums.level.${l}`)).join(' · ')}</span>
        )}
      </span>
    </>
  );
}

/** A request waiting for a team: drag it onto the grid (or Space, arrows, Space); Ctrl+click selects several. */
export const RequestCardView = memo(function RequestCardView({ request, today, selected, dimmed, locked }: Props) {
  const { t } = useTranslation();
  const actions = usePlannerActions();
  const { attributes, listeners, setNodeRef } = useDraggable({
    id: `req:${request.id}`,
    data: { type: 'request', requestId: request.id },
    disabled: locked,
    attributes: { roleDescription: t('plannerEdit.list.roleDescription') },
  });
  const label = t('plannerEdit.list.cardLabel', {
    sme: request.smeName,
    offering: request.offeringName ?? t('plannerEdit.bar.noOffering'),
    weeks: t('plannerEdit.list.weeks', { count: request.durationWeeks }),
    priority: t(`enums.priority.${request.priority}`),
    days: waitingDays(request.receivedOn, today),
  });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!actions.isDragging() && e.key === ' ' && (e.ctrlKey || e.metaKey || e.shiftKey)) {
      e.preventDefault();
      actions.select('requests', request.id, { ctrlKey: !e.shiftKey, metaKey: false, shiftKey: e.shiftKey });
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
      onClick={(e) => actions.select('requests', request.id, e)}
      aria-label={label}
      aria-pressed={selected}
      className={`pl-card priority-edge-${request.priority}${selected ? ' is-selected' : ''}${dimmed ? ' is-dimmed' : ''}`}
      data-testid="unplanned-card"
      data-request-id={request.id}
    >
      <RequestCardBody request={request} today={today} />
    </div>
  );
});
