import { useTranslation } from 'react-i18next';
import { FlexRender, type Column, type Header, type RowData } from '@tanstack/react-table';
import { SortIcon } from '../icons';
import type { Features } from './features';
import { alignClass } from './DataTable';
import { ResizeHandle } from './ResizeHandle';

interface HeaderCellProps<TData extends RowData> {
  header: Header<Features, TData, unknown>;
  width: number;
  onResize: (width: number | null) => void;
}

export function HeaderCell<TData extends RowData>({ header, width, onResize }: HeaderCellProps<TData>) {
  const column = header.column;
  const name = typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id;
  const handle = <ResizeHandle column={name} width={width} onResize={onResize} />;
  const sorted = column.getIsSorted();
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
  const align = alignClass(column.columnDef.meta?.align);
  if (header.isPlaceholder) return <th scope="col" />;
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={align}>
        <FlexRender header={header} />
        {handle}
      </th>
    );
  }
  return (
    <th scope="col" aria-sort={ariaSort} className={align}>
      <button type="button" className="sort-button" onClick={column.getToggleSortingHandler()}>
        <span className="sort-label">
          <FlexRender header={header} />
        </span>
        <SortIcon state={sorted} size={14} className="sort-icon" />
      </button>
      {handle}
    </th>
  );
}

export function FilterCell<TData extends RowData>({ column }: { column: Column<Features, TData, unknown> }) {
  const { t } = useTranslation();
  if (!column.getCanFilter()) return <th scope="col" aria-hidden="true" />;
  const name = typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id;
  return (
    <th scope="col">
      <input
        type="text"
        className="filter-input"
        value={String(column.getFilterValue() ?? '')}
        placeholder={t('table.filterPlaceholder')}
        aria-label={t('table.filterColumn', { column: name })}
        onChange={(e) => column.setFilterValue(e.target.value === '' ? undefined : e.target.value)}
      />
    </th>
  );
}
