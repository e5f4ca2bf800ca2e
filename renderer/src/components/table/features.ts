import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type Row,
  type RowData,
  type SortFn,
} from '@tanstack/react-table';

export interface ColumnMeta {
  /** Text a person sees for the cell value: what search and the column filter match against. */
  text?: (value: unknown) => string;
  /** Column width in px (the table uses a fixed layout so virtualised rows do not make columns jump). */
  width?: number;
  align?: 'start' | 'end' | 'center';
  /** false: no filter box in the filter row. */
  filter?: boolean;
  /** Hidden until the user shows it in the column menu. */
  hiddenByDefault?: boolean;
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

export function compareValues(a: unknown, b: unknown): number {
  const aEmpty = a === null || a === undefined || a === '';
  const bEmpty = b === null || b === undefined || b === '';
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (Array.isArray(a) && Array.isArray(b)) return collator.compare(a.join(', '), b.join(', '));
  return collator.compare(String(a), String(b));
}

/** Numbers numerically, text with Dutch collation ("10" after "9", "é" with "e"), empty values first. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- registered before the feature types exist
const smartSort: SortFn<any, any> = (rowA, rowB, columnId) =>
  compareValues(rowA.getValue(columnId), rowB.getValue(columnId));

export const features = tableFeatures({
  columnVisibilityFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { smart: smartSort },
  columnMeta: metaHelper<ColumnMeta>(),
});

export type Features = typeof features;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each column keeps its own value type
export type Columns<TData extends RowData> = Array<ColumnDef<Features, TData, any>>;
export type TableRow<TData extends RowData> = Row<Features, TData>;

export function columnHelper<TData extends RowData>() {
  return createColumnHelper<Features, TData>();
}

/** Sort by a fixed order (e.g. the status pipeline) instead of alphabetically. */
export function orderSort<TData extends RowData>(order: readonly string[]): SortFn<Features, TData> {
  return (a, b, id) => order.indexOf(String(a.getValue(id))) - order.indexOf(String(b.getValue(id)));
}

/** Lower case without accents, so "geevalueerd" finds "geëvalueerd". */
export function normalizeText(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
