import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  DndContext, DragOverlay, KeyboardCode, KeyboardSensor, PointerSensor, useSensor, useSensors,
  type AutoScrollOptions, type DragEndEvent, type DragOverEvent, type DragStartEvent,
} from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../../shared/domain/constants';
import type { RequestRow } from '../../../../../shared/schemas/rows';
import { errorMessage } from '../../../api/client';
import { StatusDialog } from '../StatusDialog';
import { useSetStatus } from '../useSetStatus';
import { useBoardAnnouncements } from './announcements';
import { BoardColumn, PAGE_SIZE } from './BoardColumn';
import { BoardFilters } from './BoardFilters';
import {
  EMPTY_FILTER, ENDED, groupByStatus, needsReason, ownerNames, PIPELINE, statusOfColumn, type BoardFilter,
} from './boardModel';
import { boardCollisions, columnCoordinates, rowOfActive } from './dndRules';
import { CardBody } from './RequestCard';

// Space picks a card up and puts it down; Enter also drops, but on a card at rest it opens the details.
const KEYS = { start: [KeyboardCode.Space], cancel: [KeyboardCode.Esc], end: [KeyboardCode.Space, KeyboardCode.Enter] };

interface Props {
  rows: readonly RequestRow[];
  onOpen: (row: RequestRow) => void;
  archivedCount?: number;
  onShowArchived?: () => void;
}

/**
 * The pipeline as a board: a column per status, the two early endings folded into a narrow column at the end.
 * Dragging a card (pointer or keyboard) changes the request's status; afgewezen and ingetrokken ask for a reason
 * first. Columns show PAGE_SIZE cards at a time so the board stays quick with thousands of requests.
 */
export function RequestBoard({ rows, onOpen, archivedCount, onShowArchived }: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<BoardFilter>(EMPTY_FILTER);
  const [limits, setLimits] = useState<ReadonlyMap<RequestStatus, number>>(new Map());
  const [openEnded, setOpenEnded] = useState<ReadonlySet<RequestStatus>>(new Set());
  const [dragged, setDragged] = useState<RequestRow | null>(null);
  const [prompt, setPrompt] = useState<{ row: RequestRow; status: RequestStatus } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // "Waiting" counts from the moment the board opened; it does not need to tick.
  const [today] = useState(() => new Date());
  const { setStatus, savingId } = useSetStatus();
  const accessibility = useBoardAnnouncements();

  const sensors = useSensors(
    // A few pixels of movement before a drag starts, so a plain click still opens the card.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    // Instant scrolling: a smooth scroll would still be under way when the next key press asks where the card is.
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates, keyboardCodes: KEYS, scrollBehavior: 'auto' }),
  );

  // Heading for afgewezen/ingetrokken passes the pipeline's right edge; it should not scroll the pipeline away.
  const overEnded = useRef(false);
  const autoScroll = useMemo<AutoScrollOptions>(() => ({
    threshold: { x: 0.1, y: 0.15 },
    canScroll: (element) => !(overEnded.current && element.classList.contains('board-scroller')),
  }), []);

  const groups = useMemo(() => groupByStatus(rows, filter), [rows, filter]);

  // A moved card remounts in its new column; keyboard users keep their place by getting focus back on it (or,
  // when it went into a folded or long column, on that column).
  const root = useRef<HTMLDivElement>(null);
  const focusTarget = useRef<{ id: number; status: RequestStatus } | null>(null);
  useEffect(() => {
    const target = focusTarget.current;
    if (!target || prompt || !root.current) return;
    if (rows.find((r) => r.id === target.id)?.status !== target.status) return;
    focusTarget.current = null;
    const col = `[data-testid="column-${target.status}"]`;
    const el = root.current.querySelector<HTMLElement>(`${col} [data-request-id="${target.id}"]`)
      ?? root.current.querySelector<HTMLElement>(`${col} .board-toggle`)
      ?? root.current.querySelector<HTMLElement>(col);
    el?.focus();
  }, [rows, groups, prompt]);
  const owners = useMemo(() => ownerNames(rows), [rows]);
  const shown = useMemo(() => [...groups.values()].reduce((n, list) => n + list.length, 0), [groups]);

  const changeFilter = (f: BoardFilter) => {
    setFilter(f);
    setLimits(new Map());
  };
  const showMore = useCallback((s: RequestStatus) => {
    setLimits((m) => new Map(m).set(s, (m.get(s) ?? PAGE_SIZE) + PAGE_SIZE));
  }, []);
  const toggleEnded = useCallback((s: RequestStatus) => {
    setOpenEnded((open) => {
      const next = new Set(open);
      if (!next.delete(s)) next.add(s);
      return next;
    });
  }, []);

  const move = async (row: RequestRow, status: RequestStatus, reason: string | null = null) => {
    setError(null);
    focusTarget.current = { id: row.id, status };
    try {
      await setStatus(row, status, reason);
    } catch (e) {
      setError(t('requestsEdit.board.moveFailed', { sme: row.smeName, message: errorMessage(e) }));
    }
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    setError(null);
    setDragged(rowOfActive(active));
  };
  const onDragOver = ({ over }: DragOverEvent) => {
    const s = statusOfColumn(over?.id);
    overEnded.current = s !== null && needsReason(s);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    overEnded.current = false;
    const row = rowOfActive(active);
    const to = statusOfColumn(over?.id);
    if (!row || !to || to === row.status) return;
    if (needsReason(to)) setPrompt({ row, status: to });
    else void move(row, to);
  };

  const column = (s: RequestStatus, ended: boolean) => (
    <BoardColumn
      key={s}
      status={s}
      rows={groups.get(s) ?? []}
      limit={limits.get(s) ?? PAGE_SIZE}
      onShowMore={showMore}
      today={today}
      onOpen={onOpen}
      savingId={savingId}
      collapsible={ended ? { open: openEnded.has(s), onToggle: toggleEnded } : undefined}
    />
  );

  return (
    <div className="request-board" data-testid="request-board" ref={root}>
      <BoardFilters filter={filter} onChange={changeFilter} owners={owners} shown={shown} total={rows.length} archivedCount={archivedCount} onShowArchived={onShowArchived} />
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      <DndContext
        sensors={sensors}
        collisionDetection={boardCollisions}
        accessibility={accessibility}
        autoScroll={autoScroll}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          setDragged(null);
          overEnded.current = false;
        }}
      >
        <div className="board" role="region" aria-label={t('requestsEdit.board.label')}>
          <div className="board-scroller" data-testid="board-scroller">
            {PIPELINE.map((s) => column(s, false))}
          </div>
          <div className="board-ended" role="group" aria-label={t('requestsEdit.board.ended')}>
            <p className="board-ended-title" aria-hidden="true">{t('requestsEdit.board.ended')}</p>
            {ENDED.map((s) => column(s, true))}
          </div>
        </div>
        <DragOverlay dropAnimation={{ duration: 160 }}>
          {dragged ? (
            <div className={`rcard rcard-overlay priority-edge-${dragged.priority}`} aria-hidden="true">
              <CardBody row={dragged} today={today} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {prompt && (
        <StatusDialog
          request={prompt.row}
          status={prompt.status}
          onCancel={() => setPrompt(null)}
          onSave={async (status, reason) => {
            // Errors stay in the dialog (thrown by setStatus); only a success closes it.
            focusTarget.current = { id: prompt.row.id, status };
            await setStatus(prompt.row, status, reason);
            setPrompt(null);
          }}
        />
      )}
    </div>
  );
}
