import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../shared/domain/constants';
import type { RequestDetail } from '../../../../shared/schemas/masterRows';
import { call, errorMessage } from '../../api/client';
import { useApiQuery, useOfferings, useSmes, useStaff } from '../../api/hooks';
import { Loading } from '../../components/Card';
import { PriorityBadge, RequestStatusChip } from '../../components/Chips';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showToast } from '../../components/history/Toast';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { describeChanges, formatDateTime, type NameLookups } from './changeWords';
import { RequestFacts } from './RequestFacts';
import { StatusHistory } from './StatusHistory';
import type { ListedRequest } from './useListedRequests';

interface Props {
  requestId: number;
  /** The row from requests:list or requests:archived; absent while those load. */
  row: ListedRequest | undefined;
  onClose: () => void;
  onEdit: (id: number, values: RequestDetail['values']) => void;
  onChangeStatus: (target: { id: number; smeName: string; offeringName: string | null; status: RequestStatus }) => void;
}

/** A side panel with everything about one request: its fields, its status history and every logged change. */
export function RequestDetailPanel({ requestId, row, onClose, onEdit, onChangeStatus }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const detail = useApiQuery('requests:detail', { id: requestId });
  const smes = useSmes();
  const offerings = useOfferings();
  const staff = useStaff();
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const names: NameLookups = useMemo(() => {
    const byId = <T extends { id: number; name: string }>(list: readonly T[] | undefined) => {
      const m = new Map((list ?? []).map((x) => [x.id, x.name]));
      return (id: number) => m.get(id);
    };
    return { sme: byId(smes.data), offering: byId(offerings.data), staff: byId(staff.data) };
  }, [smes.data, offerings.data, staff.data]);

  const d = detail.data;
  const last = d?.statusHistory.at(-1);
  const status: RequestStatus | undefined = row?.status ?? last?.toStatus;
  const smeName = row?.smeName ?? (d ? names.sme(d.values.smeId) : undefined) ?? '';
  const offeringName = row?.offeringName ?? (d?.values.offeringId ? names.offering(d.values.offeringId) ?? null : null);
  const archived = row?.archived ?? false;
  const groups = useMemo(() => (d ? describeChanges(d.changes, t, lang, names) : []), [d, t, lang, names]);

  const archive = async (value: boolean) => {
    setBusy(true);
    setActionError(null);
    try {
      await call('requests:archive', { id: requestId, archived: value });
      showToast(t(value ? 'requestsEdit.detail.archivedToast' : 'requestsEdit.detail.restoredToast', { sme: smeName }));
    } catch (e) {
      setActionError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="panel panel-wide request-detail" aria-labelledby={titleId} data-testid="request-detail"
      onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <div className="panel-form">
        <header className="panel-header">
          <div>
            <h2 id={titleId}>{smeName || t('requestsEdit.detail.title')}</h2>
            <p className="panel-subtitle">
              {offeringName ?? t('requestsEdit.board.noOffering')}
              {d && <> · {t('requestsEdit.detail.receivedOn', { date: formatDate(d.values.receivedOn, lang) })}</>}
            </p>
            <div className="detail-badges">
              {status && <RequestStatusChip status={status} />}
              {d && <PriorityBadge priority={d.values.priority} />}
              {archived && <span className="chip chip-muted">{t('forms.archived')}</span>}
            </div>
          </div>
          <button type="button" className="btn btn-ghost btn-icon" onClick={onClose} aria-label={t('forms.closePanel')}>×</button>
        </header>
        <div className="panel-body">
          {detail.error && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
          {actionError && <div className="alert alert-error" role="alert">{actionError}</div>}
          {!d && !detail.error && <Loading />}
          {d && (
            <>
              <RequestFacts values={d.values} status={status} statusReason={row?.statusReason ?? last?.reason ?? null} names={names} />
              <section className="detail-section" aria-labelledby={`${titleId}-status`}>
                <h3 id={`${titleId}-status`} className="form-section-title">{t('requestsEdit.detail.statusHistory')}</h3>
                <StatusHistory history={d.statusHistory} />
              </section>
              <section className="detail-section" aria-labelledby={`${titleId}-changes`}>
                <h3 id={`${titleId}-changes`} className="form-section-title">{t('requestsEdit.detail.changes')}</h3>
                {groups.length === 0 ? (
                  <p className="muted">{t('requestsEdit.detail.noChanges')}</p>
                ) : (
                  <ol className="change-list" data-testid="change-history">
                    {groups.map((g) => (
                      <li key={g.key} className="change-group">
                        <p className="change-head">
                          <strong>{g.what}</strong>
                          <span className="muted"> · {formatDateTime(g.at, lang)} · {t('requestsEdit.detail.by', { actor: g.actor })}</span>
                        </p>
                        <ul className="change-lines">
                          {g.lines.map((line, i) => <li key={i}>{line}</li>)}
                        </ul>
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            </>
          )}
        </div>
        <footer className="panel-footer">
          <div className="panel-footer-secondary">
            <button type="button" className="btn btn-secondary" disabled={busy || !d || !row} onClick={() => void archive(!archived)}>
              {archived ? t('forms.restore') : t('forms.archive')}
            </button>
          </div>
          <button type="button" className="btn btn-secondary" disabled={busy || !d || !status || archived}
            onClick={() => status && onChangeStatus({ id: requestId, smeName, offeringName, status })}>
            {t('requestsEdit.detail.changeStatus')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy || !d || archived} onClick={() => d && onEdit(requestId, d.values)}>
            {t('forms.edit')}
          </button>
        </footer>
      </div>
    </dialog>
  );
}
