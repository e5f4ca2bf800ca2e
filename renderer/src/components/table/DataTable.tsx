import type { KeyboardEvent, ReactNode } from 'react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTable, type ColumnVisibilityState, type FilterFn, type RowData, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { SearchIcon } from '../icons';
import { ColumnMenu } from './ColumnMenu';
import { features, normalizeText, type Columns, type Features, type TableRow } from './features';
import { HeaderCell, FilterCell } from './HeaderCells';
import { useColumnVisibility } from './useColumnVisibility';
import { useColumnWidths } from './useColumnWidths';

const ROW_HEIGHT = 40;

interface Props<TData extends RowData> {
  /** Stable id: names the table for tests and keys the remembered column choice. */
  id: string;
  label: string;
  columns: Columns<TData>;
  data: readonly TData[] | undefined;
  getRowId: (row: TData) => string;
  initialSorting?: SortingState;
  onRowActivate?: (row: TData) => void;
  selectedRowId?: string | null;
  toolbar?: ReactNode;
  /** CSS max-height of the scroll area; the header stays visible while the body scrolls. */
  maxHeight?: string;
  loading?: boolean;
}

const EMPTY: never[] = [];

export function DataTable<TData extends RowData>(props: Props<TData>) {
  const { id, label, columns, getRowId, initialSorting, onRowActivate, selectedRowId, toolbar, maxHeight, loading } = props;
  const { t } = useTranslation();
  const data = (props.data ?? EMPTY) as TData[];

  const defaults = useMemo(() => {
    const v: ColumnVisibilityState = {};
    for (const c of columns) if (c.meta?.hiddenByDefault) v[columnIdOf(c)] = false;
    return v;
  }, [columns]);
  const [columnVisibility, setColumnVisibility] = useColumnVisibility(id, defaults);
  const [widths, setWidth] = useColumnWidths(id);

  // Search and column filters match the text a person sees (a status label, a formatted date), not raw values.
  const { preparedColumns, textOf } = useMemo(() => {
    const byId = new Map<string, (v: unknown) => string>();
    const prepared = columns.map((c) => {
      const colId = columnIdOf(c);
      const text = c.meta?.text ?? defaultText;
      byId.set(colId, text);
      const filterFn: FilterFn<Features, TData> = (row, columnId, value) =>
        normalizeText(text(row.getValue(columnId))).includes(normalizeText(String(value)));
      return { ...c, filterFn, enableColumnFilter: c.meta?.filter !== false && c.enableColumnFilter !== false };
    });
    return { preparedColumns: prepared as Columns<TData>, textOf: byId };
  }, [columns]);

  const globalFilterFn = useMemo<FilterFn<Features, TData>>(
    () => (row, columnId, value) =>
      normalizeText((textOf.get(columnId) ?? defaultText)(row.getValue(columnId))).includes(normalizeText(String(value))),
    [textOf],
  );

  const table = useTable({
    features,
    columns: preparedColumns,
    data,
    getRowId: (row: TData) => getRowId(row),
    initialState: { sorting: initialSorting ?? [] },
    state: { columnVisibility },
    onColumnVisibilityChange: setColumnVisibility,
    globalFilterFn,
    defaultColumn: { sortFn: 'smart', cell: DefaultCell },
  });

  const rows = table.getRowModel().rows;
  const globalFilter = String(table.state.globalFilter ?? '');
  const filtering = globalFilter !== '' || table.state.columnFilters.length > 0;
  const visibleColumns = table.getVisibleLeafColumns();

  const scrollRef = useRef<HTMLDivElement>(null);
  const theadRef = useRef<HTMLTableSectionElement>(null);
  const [headerHeight, setHeaderHeight] = useState(80);
  useLayoutEffect(() => {
    const thead = theadRef.current;
    if (!thead) return;
    setHeaderHeight(thead.offsetHeight);
    // Header labels may wrap when columns narrow; keep the virtual offsets in step with the real height.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeaderHeight(thead.offsetHeight));
    observer.observe(thead);
    return () => observer.disconnect();
  }, []);

  // The compiler cannot memoise around the virtualizer's functions; this component re-renders on scroll anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The sticky header sits above the first row inside the scroll area: offset positions by its height and
    // keep a scrolled-to row out from under it.
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    getItemKey: (i) => rows[i]?.id ?? i,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items.length > 0 ? items[0]!.start - headerHeight : 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const [active, setActive] = useState(-1);
  const activeIndex = Math.min(active, rows.length - 1);
  // A new search or filter makes a new list: start at its top, with no row highlighted.
  const filterKey = `${globalFilter}\u0000${JSON.stringify(table.state.columnFilters)}`;
  useEffect(() => {
    setActive(-1);
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [filterKey]);

  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, i));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (e.target !== e.currentTarget || rows.length === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeIndex + 1),
      ArrowUp: () => moveTo(activeIndex - 1),
      PageDown: () => moveTo(activeIndex + page),
      PageUp: () => moveTo(activeIndex - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      Enter: () => {
        const row = rows[activeIndex];
        if (row && onRowActivate) onRowActivate(row.original);
      },
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  const widthOf = (c: { id: string; columnDef: { meta?: { width?: number } } }) => widths[c.id] ?? c.columnDef.meta?.width ?? 140;
  const minWidth = visibleColumns.reduce((sum, c) => sum + widthOf(c), 0);

  return (
    <div className="data-table" data-testid={`table-${id}`}>
      <div className="table-toolbar">
        <label className="search">
          <SearchIcon size={16} />
          <span className="sr-only">{t('table.search')}</span>
          <input
            type="search"
            value={globalFilter}
            placeholder={t('table.searchPlaceholder')}
            onChange={(e) => table.setGlobalFilter(e.target.value)}
            data-testid="table-search"
          />
        </label>
        {toolbar}
        <div className="toolbar-spacer" />
        {filtering && (
          <button
            type="button"
            className="btn btn-link btn-sm"
            onClick={() => {
              table.resetGlobalFilter(true);
              table.resetColumnFilters(true);
            }}
          >
            {t('table.clearFilters')}
          </button>
        )}
        <span className="row-count" data-testid="row-count" aria-live="polite" aria-label={t('table.rowCountLabel', { shown: rows.length, total: data.length })}>
          {t('table.rowCount', { shown: rows.length.toLocaleString('nl-NL'), total: data.length.toLocaleString('nl-NL') })}
        </span>
        <ColumnMenu columns={table.getAllLeafColumns()} onShowAll={() => table.toggleAllColumnsVisible(true)} />
      </div>
      <div className="table-scroll" ref={scrollRef} style={{ maxHeight: maxHeight ?? 'var(--table-max-height)' }}>
        <table
          className="table"
          tabIndex={0}
          aria-label={label}
          aria-rowcount={rows.length + 2}
          aria-busy={loading ?? false}
          onKeyDown={onKeyDown}
          style={{ minWidth }}
        >
          <colgroup>
            {visibleColumns.map((c) => (
              <col key={c.id} style={{ width: widthOf(c) }} />
            ))}
          </colgroup>
          <thead ref={theadRef}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => (
                  <HeaderCell key={header.id} header={header} width={widthOf(header.column)} onResize={(w) => setWidth(header.column.id, w)} />
                ))}
              </tr>
            ))}
            <tr className="filter-row" aria-rowindex={2}>
              {visibleColumns.map((column) => <FilterCell key={column.id} column={column} />)}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr className="empty-row">
                <td colSpan={visibleColumns.length}>{loading ? t('common.loading') : filtering ? t('table.noMatches') : t('table.noRows')}</td>
              </tr>
            )}
            {padTop > 0 && <tr aria-hidden="true" className="spacer" style={{ height: padTop }} />}
            {items.map((item) => {
              const row = rows[item.index] as TableRow<TData> | undefined;
              if (!row) return null;
              const classes = [item.index === activeIndex ? 'is-active' : '', row.id === selectedRowId ? 'is-selected' : ''];
              return (
                <tr
                  key={row.id}
                  data-testid="table-row"
                  data-row-id={row.id}
                  aria-rowindex={item.index + 3}
                  aria-selected={onRowActivate ? row.id === selectedRowId : undefined}
                  className={classes.join(' ')}
                  onClick={() => {
                    setActive(item.index);
                    onRowActivate?.(row.original);
                  }}
                  style={{ height: ROW_HEIGHT, cursor: onRowActivate ? 'pointer' : undefined }}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={alignClass(cell.column.columnDef.meta?.align)}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && <tr aria-hidden="true" className="spacer" style={{ height: padBottom }} />}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function alignClass(align: 'start' | 'end' | 'center' | undefined): string | undefined {
  return align === 'end' ? 'num' : align === 'center' ? 'center' : undefined;
}

/** Plain value, or a quiet dash for nothing, so an empty cell reads as "not filled in" rather than a glitch. */
function DefaultCell({ cell }: { cell: { getValue: () => unknown } }) {
  const v = cell.getValue();
  if (v === null || v === undefined || v === '') return <span className="muted">—</span>;
  return <>{defaultText(v)}</>;
}

function defaultText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(', ');
  return String(v);
}

function columnIdOf(c: { id?: string; accessorKey?: unknown }): string {
  return c.id ?? (c.accessorKey !== undefined ? String(c.accessorKey) : '');
}
