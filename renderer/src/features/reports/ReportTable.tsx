import type { ReactNode } from 'react';

export interface ReportColumn { label: string; align?: 'start' | 'end' }

/** The table beside a chart: the same numbers, exact, readable by screen readers and copyable. */
export function ReportTable({ label, columns, rows, foot, testId }: {
  label: string; columns: ReportColumn[]; rows: { key: string; cells: ReactNode[] }[]; foot?: ReactNode[]; testId?: string;
}) {
  const cell = (c: ReactNode, i: number) => (i === 0
    ? <th key={i} scope="row">{c}</th>
    : <td key={i} className={columns[i]?.align === 'end' ? 'num' : undefined}>{c}</td>);
  return (
    // Focusable so a keyboard user can scroll a long table inside its card.
    <div className="report-table-wrap" tabIndex={0} role="region" aria-label={label}>
      <table className="report-table" data-testid={testId}>
        <thead>
          <tr>{columns.map((c) => <th key={c.label} scope="col" className={c.align === 'end' ? 'num' : undefined}>{c.label}</th>)}</tr>
        </thead>
        <tbody>{rows.map((r) => <tr key={r.key}>{r.cells.map(cell)}</tr>)}</tbody>
        {foot && <tfoot><tr>{foot.map(cell)}</tr></tfoot>}
      </table>
    </div>
  );
}
