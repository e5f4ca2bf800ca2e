import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { indexSnapshot } from '../../../../../shared/domain/planning/placement';
import type { PlannerData } from '../../../../../shared/schemas/planner';
import { showToast } from '../../../components/history';
import type { Geometry } from '../dnd/geometry';
import { besideCursor } from '../dnd/sensors';
import { usePlannerDnd } from '../dnd/usePlannerDnd';
import { BarTooltip, HoverStore } from '../grid/BarTooltip';
import { PlannerGrid } from '../grid/PlannerGrid';
import { buildAxis } from '../model/axis';
import { LABEL_WIDTH, weekWidth as widthOf } from '../model/layout';
import { applyPending } from '../model/pending';
import type { ProposalContext } from '../model/proposal';
import { allGroupKeys, buildRows } from '../model/rows';
import { PlannerActionsContext, type PlannerActions } from '../plannerContext';
import type { PlannerPrefs } from '../prefs';
import { ConflictsPanel, conflictsOf } from '../side/ConflictsPanel';
import { SidePanel, type SideTab } from '../side/SidePanel';
import { UnplannedPanel } from '../side/UnplannedPanel';
import { SuggestButtons, SuggestTab } from '../suggest/SuggestTab';
import { useSuggestBoard } from '../suggest/useSuggestBoard';
import { useCommands } from '../useCommands';
import '../suggest/suggest.css';
import { BoardDialogs, type Dialog } from './BoardDialogs';
import { DragChip, GridToolbar, Legend } from './BoardBits';
import { barsOf, useGroupWords } from './boardData';
import { focusBar } from './focusBar';
import { useBoardCommands } from './useBoardCommands';
import { useScrollAnchors } from './useScrollAnchors';
import { useSelection } from './useSelection';
import { useViewWidth } from './useViewWidth';

interface Props {
  data: PlannerData;
  prefs: PlannerPrefs;
  update: (change: Partial<PlannerPrefs> | ((p: PlannerPrefs) => Partial<PlannerPrefs>)) => void;
  today: string;
  refetch: () => Promise<unknown>;
}

const NONE: ReadonlySet<number> = new Set();

/** The interactive planner: grid, waiting list and conflicts under one drag-and-drop context. */
export function PlannerBoard({ data, prefs, update, today, refetch }: Props) {
  const { t } = useTranslation();
  const instructionsId = useId();
  const commands = useCommands(data, refetch);
  const effective = useMemo(() => applyPending(data, commands.pending), [data, commands.pending]);
  const idx = useMemo(() => indexSnapshot(effective), [effective]);
  const axis = useMemo(() => buildAxis(effective.terms, today), [effective.terms, today]);
  const collapsed = useMemo(() => new Set(prefs.collapsed), [prefs.collapsed]);
  const words = useGroupWords(idx);
  const rows = useMemo(() => buildRows(idx, prefs.grouping, collapsed, words), [idx, prefs.grouping, collapsed, words]);
  const assignment = useMemo(() => new Map(effective.assignments.map((a) => [a.id, a])), [effective.assignments]);
  const barsByTeam = useMemo(() => barsOf(idx, effective.warnings), [idx, effective.warnings]);
  const unplanned = useMemo(() => effective.unplannedIds.map((id) => idx.request.get(id)).filter((r) => r !== undefined), [effective.unplannedIds, idx]);
  const conflicts = useMemo(() => conflictsOf(idx, effective.warnings), [idx, effective.warnings]);

  // Handlers read the latest picture through refs, so the objects handed to rows and dnd-kit stay the same.
  const scrollerRef = useRef<HTMLDivElement>(null);
  // A short period is stretched to the width of the grid; a long one scrolls at the chosen zoom.
  const viewWidth = useViewWidth(scrollerRef, idx.snapshot.teams.length > 0);
  const weekWidth = Math.max(widthOf(prefs.zoom), Math.floor((viewWidth - LABEL_WIDTH - 2) / Math.max(1, axis.weeks.length)));
  const sideEl = useRef<HTMLElement | null>(null);
  const geometry = useRef<Geometry>({ scroller: null, side: null, rows, axis, weekWidth });
  const latest = useRef<ProposalContext>({ idx, axis, rows, assignment });
  useLayoutEffect(() => {
    geometry.current = { scroller: scrollerRef.current, side: sideEl.current, rows, axis, weekWidth };
    latest.current = { idx, axis, rows, assignment };
  });
  useScrollAnchors(scrollerRef, axis, weekWidth);
  const context = useCallback(() => latest.current, []);
  const getGeometry = useCallback(() => geometry.current, []);
  const listOrder = useCallback(() => [...(sideEl.current?.querySelectorAll<HTMLElement>('[data-request-id]') ?? [])]
    .map((el) => Number(el.dataset.requestId)), []);

  const { selection, select, clear } = useSelection(listOrder);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [tab, setTab] = useState<SideTab>('unplanned');
  const [hover] = useState(() => new HoverStore());

  const focus = useCallback((id: number) => {
    focusBar(getGeometry, () => {
      const c = latest.current;
      const a = c.assignment.get(id);
      return a ? { teamId: a.teamId, startCol: c.axis.index.get(a.startWeek) ?? 0 } : null;
    }, id);
  }, [getGeometry]);
  /** From the conflicts list: unfold the bar's groups, then scroll to it and focus it. */
  const reveal = useCallback((id: number) => {
    const a = latest.current.assignment.get(id);
    if (!a) return;
    const keys = latest.current.rows.groupsOfTeam.get(a.teamId) ?? [];
    update((p) => (keys.some((k) => p.collapsed.includes(k)) ? { collapsed: p.collapsed.filter((k) => !keys.includes(k)) } : {}));
    focus(id);
  }, [update, focus]);

  const unfold = useCallback((teamId: number) => {
    const keys = latest.current.rows.groupsOfTeam.get(teamId) ?? [];
    update((p) => (keys.some((k) => p.collapsed.includes(k)) ? { collapsed: p.collapsed.filter((k) => !keys.includes(k)) } : {}));
  }, [update]);
  const showSuggestTab = useCallback(() => setTab('suggest'), []);
  const sg = useSuggestBoard({ idx, waiting: effective.unplannedIds, commands, geometry: getGeometry, unfold, showTab: showSuggestTab });

  const ops = useBoardCommands({ commands, context, focus, openForm: (kind, id) => setDialog({ kind, id }) });
  const dnd = usePlannerDnd({ geometry: getGeometry, context, selection, commit: ops.commit, listOrder });

  const actions = useMemo<PlannerActions>(() => ({
    select,
    open: (id) => setDialog({ kind: 'details', id }),
    barMenu: (id, at) => setDialog({ kind: 'barMenu', id, at }),
    teamMenu: (id, at) => setDialog({ kind: 'teamMenu', id, at }),
    toggleGroup: (key) => update((p) => ({ collapsed: p.collapsed.includes(key) ? p.collapsed.filter((k) => k !== key) : [...p.collapsed, key] })),
    hover: (id, el) => (id === null || !el ? hover.hide() : hover.show(id, el, document.activeElement === el)),
    resizeBy: ops.resizeBy,
    unplan: ops.unplan,
    isDragging: () => dnd.store.get().source !== null,
    showSuggestion: sg.pick,
  }), [select, update, hover, ops.resizeBy, ops.unplan, dnd.store, sg.pick]);

  const source = dnd.active?.source ?? null;
  const dimmed = useMemo(() => (source?.kind === 'bars' ? new Set(source.assignmentIds) : source?.kind === 'requests' ? new Set(source.requestIds) : NONE), [source]);
  const pinnedRows = useMemo(() => (source?.kind === 'bars'
    ? source.assignmentIds.map((id) => rows.rowOfTeam.get(assignment.get(id)?.teamId ?? -1)).filter((r) => r !== undefined)
    : []), [source, rows, assignment]);
  const running = useMemo(() => effective.assignments.filter((a) => a.status === 'running').length, [effective.assignments]);
  const toToday = axis.today !== null ? () => {
    const s = scrollerRef.current;
    if (s) s.scrollTo({ left: Math.max(0, (axis.today ?? 0) * weekWidth - 2 * weekWidth), behavior: 'smooth' });
  } : null;

  return (
    <PlannerActionsContext.Provider value={actions}>
      <DndContext
        sensors={dnd.sensors}
        collisionDetection={dnd.collisionDetection}
        accessibility={dnd.accessibility}
        autoScroll={{ threshold: { x: 0.08, y: 0.1 }, acceleration: 14 }}
        onDragStart={dnd.onDragStart}
        onDragEnd={dnd.onDragEnd}
        onDragCancel={dnd.onDragCancel}
      >
        <div className={`planner${tab === 'suggest' && sg.mode.kind !== 'idle' ? ' is-reviewing' : ''}`} data-testid="planner" onKeyDown={(e) => {
          if (e.key === 'Escape' && selection && !dnd.store.get().source) clear();
        }}>
          <div className="pl-main">
            <GridToolbar teams={idx.snapshot.teams.length} bars={effective.assignments.length} running={running} conflicts={conflicts.length}
              saving={commands.busy} onToday={toToday} grouped={prefs.grouping !== 'none'}
              onCollapseAll={() => update({ collapsed: allGroupKeys(idx, prefs.grouping) })} onExpandAll={() => update({ collapsed: [] })}
              extra={<SuggestButtons sg={sg} disabled={idx.snapshot.teams.length === 0} />} />
            {commands.alert && (
              <div className="alert alert-error pl-alert" role="alert" data-testid="planner-alert">
                <span className="alert-body">{commands.alert}</span>
                <button type="button" className="btn btn-ghost btn-sm" onClick={() => commands.setAlert(null)}>{t('common.close')}</button>
              </div>
            )}
            <p id={instructionsId} className="sr-only">{t('plannerEdit.grid.instructions')}</p>
            {idx.snapshot.teams.length === 0 ? (
              <div className="empty-state pl-grid-empty">{t('plannerEdit.grid.empty')}</div>
            ) : (
              <PlannerGrid scrollerRef={scrollerRef} idx={idx} axis={axis} rows={rows} barsByTeam={barsByTeam} ghostsByTeam={sg.ghosts} weekWidth={weekWidth}
                withProgramme={prefs.grouping === 'none'} selected={selection?.kind === 'bars' ? selection.ids : NONE} dimmed={dimmed}
                locked={commands.busy} store={dnd.store} pinnedRows={pinnedRows} describedBy={instructionsId} />
            )}
            <Legend />
          </div>
          <SidePanel store={dnd.store} sideRef={(el) => { sideEl.current = el; }} tab={tab} onTab={setTab}
            unplannedCount={unplanned.length} conflictCount={conflicts.length}
            unplanned={<UnplannedPanel requests={unplanned} today={today} selected={selection?.kind === 'requests' ? selection.ids : NONE}
              dimmed={dimmed} locked={commands.busy} onClearSelection={clear} />}
            conflicts={<ConflictsPanel idx={idx} warnings={effective.warnings} onShow={reveal} />}
            suggest={sg.mode.kind === 'idle' && !sg.message ? null : {
              label: sg.mode.kind === 'repair' ? t('suggest.repairTab') : t('suggest.tab', { count: sg.review?.live.length ?? 0 }),
              content: <SuggestTab sg={sg} idx={idx} locked={commands.busy} />,
            }}
          />
        </div>
        <DragOverlay dropAnimation={null} modifiers={[besideCursor]}>
          {dnd.active?.via === 'pointer' && source && source.kind !== 'resize' ? <DragChip source={source} idx={idx} store={dnd.store} /> : null}
        </DragOverlay>
      </DndContext>
      <BarTooltip store={hover} idx={idx} warnings={effective.warnings} hidden={dnd.active !== null} />
      <BoardDialogs dialog={dialog} onClose={() => {
        // A panel or form about a bar gives the focus back to that bar (the menus do that themselves).
        if (dialog && (dialog.kind === 'details' || dialog.kind === 'evaluate' || dialog.kind === 'cancel')) focus(dialog.id);
        setDialog(null);
      }} idx={idx} warnings={effective.warnings} locked={commands.busy}
        onLifecycle={ops.lifecycle} onDropOut={ops.dropOut} onOpen={(kind, id) => setDialog({ kind, id })}
        onSaved={(text) => { void refetch(); showToast(text); }} />
    </PlannerActionsContext.Provider>
  );
}
