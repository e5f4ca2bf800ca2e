import type { ReactNode } from 'react';

export interface Column {
  label: string;
  align?: 'start' | 'end';
}

/** The table beside a chart: same numbers, readable by screen readers and copyable. */
export function SimpleTable({ label, columns, rows, foot, testId }: {
  label: string; columns: Column[]; rows: { key: string; cells: ReactNode[] }[]; foot?: ReactNode[]; testId?: string;
}) {
  return (
    // Focusable so a keyboard user can scroll a table wider than its card.
    <div className="dash-table-wrap" tabIndex={0} role="region" aria-label={label}>
      <table className="dash-table" aria-label={label} data-testid={testId}>
        <thead>
          <tr>{columns.map((c) => <th key={c.label} scope="col" className={c.align === 'end' ? 'num' : undefined}>{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>{r.cells.map((cell, i) => (i === 0
              ? <th key={i} scope="row">{cell}</th>
              : <td key={i} className={columns[i]?.align === 'end' ? 'num' : undefined}>{cell}</td>))}</tr>
          ))}
        </tbody>
        {foot && (
          <tfoot>
            <tr>{foot.map((cell, i) => (i === 0
              ? <th key={i} scope="row">{cell}</th>
              : <td key={i} className={columns[i]?.align === 'end' ? 'num' : undefined}>{cell}</td>))}</tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
