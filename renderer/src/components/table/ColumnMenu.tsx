import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column, RowData } from '@tanstack/react-table';
import { ColumnsIcon } from '../icons';
import type { Features } from './features';

interface Props<TData extends RowData> {
  columns: Column<Features, TData, unknown>[];
  onShowAll: () => void;
}

/** A disclosure with one checkbox per column; closes on Escape or a click elsewhere. */
export function ColumnMenu<TData extends RowData>({ columns, onShowAll }: Props<TData>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const hideable = columns.filter((c) => c.getCanHide());
  return (
    <div
      className="column-menu"
      ref={rootRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-secondary btn-sm"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('table.columnsMenu')}
        onClick={() => setOpen((o) => !o)}
      >
        <ColumnsIcon size={16} />
        <span>{t('table.columns')}</span>
      </button>
      {open && (
        <div className="popover" id={menuId} role="group" aria-label={t('table.columnsMenu')}>
          {hideable.map((column) => (
            <label key={column.id} className="check">
              <input
                type="checkbox"
                checked={column.getIsVisible()}
                // Keep at least one column: an empty table helps nobody.
                disabled={column.getIsVisible() && hideable.filter((c) => c.getIsVisible()).length === 1}
                onChange={(e) => column.toggleVisibility(e.target.checked)}
              />
              <span>{typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id}</span>
            </label>
          ))}
          <button type="button" className="btn btn-link btn-sm" onClick={onShowAll}>
            {t('table.showAllColumns')}
          </button>
        </div>
      )}
    </div>
  );
}
