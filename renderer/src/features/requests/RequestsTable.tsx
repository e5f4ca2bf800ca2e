import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, REQUEST_STATUSES, type Priority, type RequestStatus, type Theme } from '../../../../shared/domain/constants';
import { ArchivedTag } from '../../components/ArchivedToggle';
import { PriorityBadge, RequestStatusChip, ThemeTag } from '../../components/Chips';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper, orderSort } from '../../components/table/features';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import type { ListedRequest } from './useListedRequests';

const col = columnHelper<ListedRequest>();

interface Props {
  rows: readonly ListedRequest[] | undefined;
  loading: boolean;
  selectedId: number | null;
  onOpen: (row: ListedRequest) => void;
  /** Extra controls in the table's toolbar (the "show archived" switch). */
  toolbar?: ReactNode;
}

/** Every request as a sortable, searchable, virtualised table; a click (or Enter) opens the details. */
export function RequestsTable({ rows, loading, selectedId, onOpen, toolbar }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('receivedOn', { header: t('requests.col.received'), cell: (c) => formatDate(c.getValue(), lang), meta: { width: 120, text: (v) => formatDate(v as string, lang) } }),
        col.accessor('smeName', {
          header: t('requests.col.sme'),
          cell: (c) => (c.row.original.archived
            ? <span className="name-cell name-archived"><span className="strong">{c.getValue()}</span><ArchivedTag /></span>
            : c.getValue()),
          meta: { width: 220 },
        }),
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
        col.accessor('statusReason', { header: t('requestsEdit.fields.reason'), meta: { width: 220, hiddenByDefault: true } }),
        col.accessor('question', { header: t('requests.col.question'), cell: (c) => <span title={c.getValue()}>{c.getValue()}</span>, meta: { width: 320, hiddenByDefault: true } }),
      ]),
    [t, lang],
  );
  return (
    <DataTable
      id="requests"
      label={t('requests.title')}
      columns={columns}
      data={rows}
      getRowId={(r) => String(r.id)}
      initialSorting={[{ id: 'receivedOn', desc: true }]}
      loading={loading}
      onRowActivate={onOpen}
      selectedRowId={selectedId === null ? null : String(selectedId)}
      toolbar={toolbar}
    />
  );
}
