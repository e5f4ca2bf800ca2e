import { memo, useCallback, useMemo, type ReactNode, type RefObject } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { WeekKind } from '../../../../../shared/domain/constants';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import type { DragStore } from '../dnd/dragStore';
import { GRID_DROP_ID } from '../dnd/sensors';
import { colOf, shadeSegments, type Axis, type ShadeSegment } from '../model/axis';
import { HEADER_HEIGHT, LABEL_WIDTH } from '../model/layout';
import { rowHeight, type RowModel } from '../model/rows';
import type { Ghost } from '../suggest/review';
import type { BarInfo } from './BarView';
import { DropPreview } from './DropPreview';
import { GridHeader } from './GridHeader';
import { GroupBand, GroupHeader } from './GroupRowView';
import { TeamLane, TeamName } from './TeamRowView';

interface Props {
  scrollerRef: RefObject<HTMLDivElement | null>;
  idx: PlanIndex;
  axis: Axis;
  rows: RowModel;
  barsByTeam: ReadonlyMap<number, BarInfo[]>;
  ghostsByTeam: ReadonlyMap<number, Ghost[]>;
  weekWidth: number;
  withProgramme: boolean;
  selected: ReadonlySet<number>;
  dimmed: ReadonlySet<number>;
  locked: boolean;
  store: DragStore;
  /** Rows that must stay rendered (the bars being dragged), whatever is scrolled into view. */
  pinnedRows: readonly number[];
  describedBy: string;
  overlay?: ReactNode;
}

/**
 * The planning grid: one scroll container with a sticky header (months, weeks) and sticky team names. Only the
 * rows in view are rendered (plus a few around them), so hundreds of teams scroll and drag smoothly.
 */
export const PlannerGrid = memo(function PlannerGrid(p: Props) {
  const { t } = useTranslation();
  const { setNodeRef } = useDroppable({ id: GRID_DROP_ID });
  const lanesWidth = p.axis.weeks.length * p.weekWidth;
  const width = LABEL_WIDTH + lanesWidth;

  const rowsList = p.rows.rows;
  const pinned = p.pinnedRows;
  const rangeExtractor = useCallback((range: Range) => {
    const base = defaultRangeExtractor(range);
    const extra = pinned.filter((i) => i < range.count && !base.includes(i));
    return extra.length > 0 ? [...base, ...extra].sort((a, b) => a - b) : base;
  }, [pinned]);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowsList.length,
    getScrollElement: () => p.scrollerRef.current,
    estimateSize: (i) => rowHeight(rowsList[i]!),
    getItemKey: (i) => rowsList[i]!.key,
    scrollMargin: HEADER_HEIGHT,
    overscan: 8,
    rangeExtractor,
  });

  const segmentsByTerm = useMemo(() => {
    const m = new Map<number, ShadeSegment[]>();
    for (const term of p.idx.snapshot.terms) m.set(term.id, shadeSegments(term, p.axis));
    return m;
  }, [p.idx, p.axis]);
  const kinds = useMemo(() => sharedKinds(p.idx), [p.idx]);
  const col = useCallback((week: string) => colOf(p.axis, week), [p.axis]);
  const todayX = p.axis.today !== null ? p.axis.today * p.weekWidth : null;
  const items = virtualizer.getVirtualItems();

  return (
    <div
      ref={p.scrollerRef}
      className="pl-scroller"
      data-testid="planner-grid"
      role="region"
      aria-label={t('plannerEdit.grid.label')}
      aria-describedby={p.describedBy}
      tabIndex={-1}
    >
      <div ref={setNodeRef} className="pl-canvas" style={{ width, height: HEADER_HEIGHT + p.rows.total }}>
        <GridHeader axis={p.axis} weekWidth={p.weekWidth} kinds={kinds} cornerLabel={t('plannerEdit.grid.teams', { count: p.idx.snapshot.teams.length })} store={p.store} />
        <div className="pl-body" style={{ height: p.rows.total, width }}>
          <div className="pl-names" style={{ height: p.rows.total }}>
            {items.map((v) => {
              const row = rowsList[v.index]!;
              const top = v.start - HEADER_HEIGHT;
              return row.kind === 'group'
                ? <GroupHeader key={row.key} row={row} top={top} />
                : <TeamName key={row.key} row={row} top={top} withProgramme={p.withProgramme} />;
            })}
          </div>
          <div className="pl-lanes" style={{ height: p.rows.total, width: lanesWidth }}>
            <MonthLines axis={p.axis} weekWidth={p.weekWidth} />
            {items.map((v) => {
              const row = rowsList[v.index]!;
              const top = v.start - HEADER_HEIGHT;
              if (row.kind === 'group') return <GroupBand key={row.key} row={row} top={top} width={lanesWidth} todayX={todayX} />;
              return (
                <TeamLane
                  key={row.key}
                  row={row}
                  top={top}
                  bars={p.barsByTeam.get(row.team.id) ?? EMPTY}
                  ghosts={p.ghostsByTeam.get(row.team.id) ?? NO_GHOSTS}
                  segments={segmentsByTerm.get(row.team.termId) ?? EMPTY_SEGMENTS}
                  colOf={col}
                  weekWidth={p.weekWidth}
                  width={lanesWidth}
                  withProgramme={p.withProgramme}
                  selected={p.selected}
                  dimmed={p.dimmed}
                  locked={p.locked}
                  todayX={todayX}
                />
              );
            })}
            <DropPreview store={p.store} axis={p.axis} rows={p.rows} idx={p.idx} weekWidth={p.weekWidth} />
          </div>
        </div>
      </div>
      {p.overlay}
    </div>
  );
});

const EMPTY: BarInfo[] = [];
const NO_GHOSTS: Ghost[] = [];
const EMPTY_SEGMENTS: ShadeSegment[] = [];

function MonthLines({ axis, weekWidth }: { axis: Axis; weekWidth: number }) {
  return (
    <>
      {axis.months.slice(1).map((m) => (
        <div key={m.key} className="pl-month-line" style={{ left: m.from * weekWidth }} aria-hidden="true" />
      ))}
    </>
  );
}

/** The header can shade exam and holiday weeks only when every shown term has the same calendar. */
function sharedKinds(idx: PlanIndex): ReadonlyMap<string, WeekKind> | null {
  const terms = idx.snapshot.terms;
  if (terms.length === 0) return null;
  const first = new Map(terms[0]!.weeks.map((w) => [w.week, w.kind]));
  for (const term of terms.slice(1)) {
    for (const w of term.weeks) {
      const k = first.get(w.week);
      if (k !== undefined && k !== w.kind) return null;
      first.set(w.week, w.kind);
    }
  }
  return first;
}
