import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PRIORITIES, REQUEST_STATUSES, type Priority, type RequestStatus, type Theme,
} from '../../../../shared/domain/constants';
import type { RequestRow } from '../../../../shared/schemas/rows';
import { useRequests } from '../../api/hooks';
import { Card } from '../../components/Card';
import { PriorityBadge, RequestStatusChip, ThemeTag, requestTone } from '../../components/Chips';
import { ScreenFrame } from '../../components/ScreenFrame';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper, orderSort } from '../../components/table/features';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';

const col = columnHelper<RequestRow>();

export function RequestsScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const requests = useRequests();
  const [status, setStatus] = useState<RequestStatus | null>(null);

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('receivedOn', { header: t('requests.col.received'), cell: (c) => formatDate(c.getValue(), lang), meta: { width: 120, text: (v) => formatDate(v as string, lang) } }),
        col.accessor('smeName', { header: t('requests.col.sme'), meta: { width: 200 } }),
        col.accessor('offeringName', { header: t('requests.col.offering'), meta: { width: 210 } }),
        col.accessor('theme', {
          header: t('requests.col.theme'),
          cell: (c) => <ThemeTag theme={c.getValue()} />,
          meta: { width: 220, text: (v) => (v ? t(`enums.theme.${v as Theme}`) : '') },
        }),
        col.accessor('status', {
          header: t('requests.col.status'),
          cell: (c) => <RequestStatusChip status={c.getValue()} />,
          sortFn: orderSort(REQUEST_STATUSES),
          meta: { width: 190, text: (v) => t(`enums.requestStatus.${v as RequestStatus}`) },
        }),
        col.accessor('priority', {
          header: t('requests.col.priority'),
          cell: (c) => <PriorityBadge priority={c.getValue()} />,
          sortFn: orderSort(PRIORITIES),
          meta: { width: 110, text: (v) => t(`enums.priority.${v as Priority}`) },
        }),
        col.accessor('ownerName', { header: t('requests.col.owner'), meta: { width: 150 } }),
        col.accessor('digitalMaturity', {
          header: t('requests.col.maturity'),
          cell: (c) => (c.getValue() === null ? '—' : `${c.getValue()}/10`),
          meta: { width: 150, align: 'end' },
        }),
        col.accessor((r) => r.preferredStart ?? '', {
          id: 'window',
          header: t('requests.col.window'),
          cell: (c) => {
            const r = c.row.original;
            return r.preferredStart || r.preferredEnd ? `${formatDate(r.preferredStart, lang)} – ${formatDate(r.preferredEnd, lang)}` : '—';
          },
          meta: { width: 210, text: (v) => formatDate(v as string, lang), hiddenByDefault: true },
        }),
        col.accessor('question', { header: t('requests.col.question'), cell: (c) => <span title={c.getValue()}>{c.getValue()}</span>, meta: { width: 320, hiddenByDefault: true } }),
      ]),
    [t, lang],
  );

  const counts = useMemo(() => {
    const m = new Map<RequestStatus, number>();
    for (const r of requests.data ?? []) m.set(r.status, (m.get(r.status) ?? 0) + 1);
    return m;
  }, [requests.data]);
  const rows = useMemo(
    () => (status && requests.data ? requests.data.filter((r) => r.status === status) : requests.data),
    [requests.data, status],
  );

  return (
    <ScreenFrame
      name="requests"
      title={t('requests.title')}
      subtitle={t('requests.subtitle')}
      busy={requests.isPending}
      errors={[requests.error]}
      onRetry={() => void requests.refetch()}
    >
      <Card title={t('requests.byStatus')}>
        <div className="status-counts" role="group" aria-label={t('requests.byStatus')} data-testid="status-counts">
          <button type="button" className="status-count" aria-pressed={status === null} onClick={() => setStatus(null)}>
            <span className="status-count-label">{t('requests.showAll')}</span>
            <span className="status-count-value">{formatNumber(requests.data?.length ?? 0, lang)}</span>
          </button>
          {REQUEST_STATUSES.map((s) => (
            <button
              key={s}
              type="button"
              className={`status-count tone-${requestTone(s)}`}
              aria-pressed={status === s}
              aria-label={`${t('requests.filterStatus', { status: t(`enums.requestStatus.${s}`) })}: ${counts.get(s) ?? 0}`}
              data-status={s}
              onClick={() => setStatus(status === s ? null : s)}
            >
              <span className="status-count-label">{t(`enums.requestStatus.${s}`)}</span>
              <span className="status-count-value">{formatNumber(counts.get(s) ?? 0, lang)}</span>
            </button>
          ))}
        </div>
      </Card>
      <Card>
        <DataTable
          id="requests"
          label={t('requests.title')}
          columns={columns}
          data={rows}
          getRowId={(r) => String(r.id)}
          initialSorting={[{ id: 'receivedOn', desc: true }]}
          loading={requests.isPending}
        />
      </Card>
    </ScreenFrame>
  );
}
