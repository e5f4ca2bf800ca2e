import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../shared/schemas/masterRows';
import { RequestStatusChip } from '../../components/Chips';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';

/** The request's way through the pipeline, oldest step first, with the reason where one was given. */
export function StatusHistory({ history }: { history: RequestDetail['statusHistory'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <ol className="status-history" data-testid="status-history">
      {history.map((h, i) => (
        <li key={i} className="status-step">
          <span className="status-step-date">{formatDate(h.changedOn, lang)}</span>
          <span className="status-step-what">
            {h.fromStatus ? (
              <>
                <span className="sr-only">{t('requestsEdit.detail.fromTo', {
                  from: t(`enums.requestStatus.${h.fromStatus}`), to: t(`enums.requestStatus.${h.toStatus}`),
                })}</span>
                <span aria-hidden="true">
                  <RequestStatusChip status={h.fromStatus} /> <span className="status-arrow">→</span> <RequestStatusChip status={h.toStatus} />
                </span>
              </>
            ) : (
              <>
                <span className="sr-only">{t('requestsEdit.detail.createdAs', { status: t(`enums.requestStatus.${h.toStatus}`) })}</span>
                <span aria-hidden="true">{t('requestsEdit.detail.created')} <RequestStatusChip status={h.toStatus} /></span>
              </>
            )}
          </span>
          {h.reason && <span className="status-step-reason">{t('requestsEdit.detail.reason', { reason: h.reason })}</span>}
        </li>
      ))}
    </ol>
  );
}
