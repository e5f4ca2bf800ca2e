import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ImportPreviewRow } from '../../../../shared/schemas/importRequests';

const STATE_TONE: Record<ImportPreviewRow['sme'], string> = { new: 'info', existing: 'violet', repeat: 'muted' };

/**
 * The rows of the file with every problem written out. Rows differ in height (one row can have five problems),
 * so each rendered row is measured; only the rows in view are in the page, which keeps 50,000 rows quick.
 */
export function PreviewTable({ rows, lineWord }: { rows: readonly ImportPreviewRow[]; lineWord: string }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- as in DataTable: the virtualizer is read fresh each render
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 52,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  return (
    <div className="import-table-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={t('importRequests.preview.tableLabel')}>
      <table className="table import-table" data-testid="import-rows" aria-rowcount={rows.length + 1}>
        <colgroup>
          <col style={{ width: 72 }} /><col style={{ width: '24%' }} /><col style={{ width: '18%' }} /><col style={{ width: 156 }} /><col />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{lineWord}</th>
            <th scope="col">{t('importRequests.preview.col.sme')}</th>
            <th scope="col">{t('importRequests.preview.col.offering')}</th>
            <th scope="col">{t('importRequests.preview.col.state')}</th>
            <th scope="col">{t('importRequests.preview.col.remarks')}</th>
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {items.map((item) => {
            const r = rows[item.index]!;
            const bad = r.problems.length > 0;
            return (
              <tr key={item.key} ref={virtualizer.measureElement} data-index={item.index} aria-rowindex={item.index + 2}
                className={bad ? 'is-bad' : undefined} data-line={r.line}>
                <td className="num">{r.line}</td>
                <td>
                  <div className="import-sme-name">{r.smeName || '—'}</div>
                  <div className="import-kvk">{r.kvk ? `KvK ${r.kvk}` : ''}</div>
                </td>
                <td>{r.offering || '—'}</td>
                <td><span className={`chip chip-${STATE_TONE[r.sme]}`}>{t(`importRequests.preview.state.${r.sme}`)}</span></td>
                <td>
                  {r.problems.length === 0 && r.notices.length === 0 && <span className="import-ok">{t('importRequests.preview.ok')}</span>}
                  {(r.problems.length > 0 || r.notices.length > 0) && (
                    <ul className="import-remarks">
                      {r.problems.map((p, i) => <li key={`p${i}`} className="import-problem">{p.message}</li>)}
                      {r.notices.map((n, i) => <li key={`n${i}`} className="import-notice">{n.message}</li>)}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
