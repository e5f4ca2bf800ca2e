import { memo, useRef, type KeyboardEvent } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { PlanAssignment, PlanRequest } from '../../../../../shared/domain/planning/model';
import type { Violation } from '../../../../../shared/domain/planning/violations';
import { isTemporary } from '../model/pending';
import { weekRange } from '../model/words';
import { anchorOf, usePlannerActions } from '../plannerContext';

export interface BarInfo {
  a: PlanAssignment;
  request: PlanRequest | undefined;
  warnings: readonly Violation[];
}

interface Props extends BarInfo {
  left: number;
  width: number;
  teamName: string;
  selected: boolean;
  /** Being dragged: the bar stays in place, faded, while its preview shows where it would go. */
  dimmed: boolean;
  /** A command is being saved: nothing can be dragged until the fresh picture is on screen. */
  locked: boolean;
}

export const isMovable = (a: PlanAssignment) => (a.status === 'planned' || a.status === 'running') && !isTemporary(a.id);

/**
 * One assignment on the grid. Drag it (or Space and the arrow keys) to another team or week, drag its right
 * edge to change its length (or Shift+arrows), Enter opens the details, Shift+F10 or a right click the actions.
 */
export const BarView = memo(function BarView({ a, request, warnings, left, width, teamName, selected, dimmed, locked }: Props) {
  const { t } = useTranslation();
  const actions = usePlannerActions();
  const movable = isMovable(a);
  // Which part was pressed: the body moves the bar, the handle on its right edge moves only its end. One
  // draggable per bar (not two) keeps hundreds of bars cheap; the drag reads the grip when it starts.
  const grip = useRef<'move' | 'end'>('move');
  const drag = useDraggable({
    id: `bar:${a.id}`,
    data: { type: 'bar', assignmentId: a.id, grip: () => grip.current },
    disabled: locked || !movable,
    attributes: { roleDescription: t('plannerEdit.bar.roleDescription') },
  });
  const hard = warnings.some((v) => v.hard);
  const sme = request?.smeName ?? '?';
  const offering = request?.offeringName ?? t('plannerEdit.bar.noOffering');
  const label = [
    t('plannerEdit.bar.label', { sme, offering, team: teamName, weeks: weekRange(a.startWeek, a.endWeek), status: t(`enums.assignmentStatus.${a.status}`) }),
    a.needsReplan ? t('plannerEdit.bar.replan') : null,
    warnings.length > 0 ? t('plannerEdit.bar.warnings', { count: warnings.length }) : null,
  ].filter(Boolean).join(', ');

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // While a keyboard drag runs, its sensor owns every key.
    if (!actions.isDragging()) {
      if (e.key === 'Enter') {
        e.preventDefault();
        actions.open(a.id);
        return;
      }
      if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
        e.preventDefault();
        actions.barMenu(a.id, anchorOf(e.currentTarget));
        return;
      }
      if (e.shiftKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
        e.preventDefault();
        // While a save is on its way the command itself says "one moment" rather than the key doing nothing.
        if (movable) actions.resizeBy(a.id, e.key === 'ArrowRight' ? 1 : -1);
        return;
      }
      if (e.key === 'Delete' && a.status === 'planned') {
        e.preventDefault();
        actions.unplan([a.id]);
        return;
      }
      if (e.key === ' ' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        actions.select('bars', a.id, { ctrlKey: true, metaKey: false, shiftKey: false });
        return;
      }
    }
    drag.listeners?.onKeyDown?.(e);
  };

  const classes = ['pl-bar', `pl-bar-${a.status}`];
  if (selected) classes.push('is-selected');
  if (dimmed) classes.push('is-dimmed');
  if (a.needsReplan) classes.push('is-replan');
  if (warnings.length > 0) classes.push(hard ? 'has-problem' : 'has-warning');
  if (isTemporary(a.id)) classes.push('is-saving');
  if (width < 60) classes.push('is-narrow');

  return (
    <div
      ref={drag.setNodeRef}
      {...drag.attributes}
      {...drag.listeners}
      onKeyDown={onKeyDown}
      onPointerDownCapture={() => { grip.current = 'move'; }}
      onClick={(e) => actions.select('bars', a.id, e)}
      onDoubleClick={() => actions.open(a.id)}
      onContextMenu={(e) => {
        e.preventDefault();
        actions.barMenu(a.id, { x: e.clientX, y: e.clientY });
      }}
      onMouseEnter={(e) => actions.hover(a.id, e.currentTarget)}
      // A bar that appears under a resting pointer (just dropped there) gets no enter event: a move shows it too.
      onMouseMove={(e) => actions.hover(a.id, e.currentTarget)}
      onMouseLeave={() => actions.hover(null)}
      onFocus={(e) => actions.hover(a.id, e.currentTarget)}
      onBlur={() => actions.hover(null)}
      className={classes.join(' ')}
      style={{ left, width }}
      aria-label={label}
      aria-disabled={undefined}
      aria-pressed={selected}
      data-testid="plan-bar"
      data-assignment-id={a.id}
      data-status={a.status}
      data-start={a.startWeek}
      data-end={a.endWeek}
      data-team-id={a.teamId}
    >
      <span className="pl-bar-text">
        <span className="pl-bar-sme">{sme}</span>
        <span className="pl-bar-offering">{offering}</span>
      </span>
      {a.needsReplan && <span className="pl-bar-replan">{t('plannerEdit.bar.replanShort')}</span>}
      {warnings.length > 0 && (
        <span className={`pl-bar-mark${hard ? ' is-hard' : ''}`} data-testid="bar-warning" aria-hidden="true">!</span>
      )}
      {movable && (
        <span className="pl-bar-handle" data-testid="bar-resize" aria-hidden="true" onPointerDown={() => { grip.current = 'end'; }} />
      )}
    </div>
  );
});
