import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../shared/domain/constants';
import { ArchivedToggle } from '../../components/ArchivedToggle';
import { Card } from '../../components/Card';
import { ScreenFrame } from '../../components/ScreenFrame';
import { ImportButton } from '../import/ImportButton';
import { RequestBoard } from './board/RequestBoard';
import { RequestDetailPanel } from './RequestDetailPanel';
import { RequestForm } from './RequestForm';
import { blankRequest, valuesOf, type RequestFormValues } from './requestForm';
import { RequestsTable } from './RequestsTable';
import { StatusCounts } from './StatusCounts';
import { StatusDialog, type StatusTarget } from './StatusDialog';
import { useListedRequests, type ListedRequest } from './useListedRequests';
import { useSetStatus } from './useSetStatus';
import { useViewChoice, type RequestsView } from './useViewChoice';
import './requests.css';

/** Aanvragen: the pipeline as a board or a table, the intake form, and a detail panel per request. */
export function RequestsScreen() {
  const { t } = useTranslation();
  const { requests, archivedQuery, active: rows, listed, byId, archivedCount, showArchived, setShowArchived } = useListedRequests();
  const [view, setView] = useViewChoice();
  const [statusFilter, setStatusFilter] = useState<RequestStatus | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [form, setForm] = useState<{ id: number | null; initial: RequestFormValues } | null>(null);
  const [statusTarget, setStatusTarget] = useState<StatusTarget | null>(null);
  const { setStatus } = useSetStatus();

  const tableRows = useMemo(
    () => (statusFilter && listed ? listed.filter((r) => r.status === statusFilter) : listed),
    [listed, statusFilter],
  );
  const open = (row: Pick<ListedRequest, 'id'>) => setSelectedId(row.id);

  const views: { key: RequestsView; label: string }[] = [
    { key: 'board', label: t('requestsEdit.views.board') },
    { key: 'table', label: t('requestsEdit.views.table') },
  ];
  const actions = (
    <>
      <div className="segmented" role="group" aria-label={t('requestsEdit.views.label')} data-testid="view-toggle">
        {views.map((v) => (
          <button key={v.key} type="button" aria-pressed={view === v.key} onClick={() => setView(v.key)}>{v.label}</button>
        ))}
      </div>
      <ImportButton />
      <button type="button" className="btn btn-primary" onClick={() => setForm({ id: null, initial: blankRequest() })}>
        {t('requestsEdit.newRequest')}
      </button>
    </>
  );

  return (
    <ScreenFrame
      name="requests"
      title={t('requests.title')}
      subtitle={t('requests.subtitle')}
      busy={requests.isPending}
      errors={[requests.error, archivedQuery.error]}
      onRetry={() => { void requests.refetch(); void archivedQuery.refetch(); }}
      actions={actions}
    >
      {view === 'table' ? (
        <>
          <Card title={t('requests.byStatus')}>
            <StatusCounts rows={rows} status={statusFilter} onChange={setStatusFilter} />
          </Card>
          <Card>
            <RequestsTable rows={tableRows} loading={requests.isPending} selectedId={selectedId} onOpen={open}
              toolbar={<ArchivedToggle checked={showArchived} onChange={setShowArchived} count={archivedCount} />} />
          </Card>
        </>
      ) : (
        rows && <RequestBoard rows={rows} onOpen={open} archivedCount={archivedCount} onShowArchived={() => { setShowArchived(true); setView('table'); }} />
      )}

      {selectedId !== null && (
        <RequestDetailPanel
          key={selectedId}
          requestId={selectedId}
          row={byId.get(selectedId)}
          onClose={() => setSelectedId(null)}
          onEdit={(id, values) => setForm({ id, initial: valuesOf(values) })}
          onChangeStatus={setStatusTarget}
        />
      )}
      {form && (
        <RequestForm
          editingId={form.id}
          initial={form.initial}
          onClose={() => setForm(null)}
          onSaved={() => setForm(null)}
        />
      )}
      {statusTarget && (
        <StatusDialog
          request={statusTarget}
          onCancel={() => setStatusTarget(null)}
          onSave={async (status, reason) => {
            await setStatus(statusTarget, status, reason);
            setStatusTarget(null);
          }}
        />
      )}
    </ScreenFrame>
  );
}
