import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_STATUSES, type RequestStatus } from '../../../../shared/domain/constants';
import type { RequestRow } from '../../../../shared/schemas/rows';
import { requestTone } from '../../components/Chips';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';

interface Props {
  rows: readonly RequestRow[] | undefined;
  status: RequestStatus | null;
  onChange: (s: RequestStatus | null) => void;
}

/** A count per status that doubles as a filter for the table. */
export function StatusCounts({ rows, status, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const counts = useMemo(() => {
    const m = new Map<RequestStatus, number>();
    for (const r of rows ?? []) m.set(r.status, (m.get(r.status) ?? 0) + 1);
    return m;
  }, [rows]);
  return (
    <div className="status-counts" role="group" aria-label={t('requests.byStatus')} data-testid="status-counts">
      <button type="button" className="status-count" aria-pressed={status === null} onClick={() => onChange(null)}>
        <span className="status-count-label">{t('requests.showAll')}</span>
        <span className="status-count-value">{formatNumber(rows?.length ?? 0, lang)}</span>
      </button>
      {REQUEST_STATUSES.map((s) => (
        <button
          key={s}
          type="button"
          className={`status-count tone-${requestTone(s)}`}
          aria-pressed={status === s}
          aria-label={`${t('requests.filterStatus', { status: t(`enums.requestStatus.${s}`) })}: ${counts.get(s) ?? 0}`}
          data-status={s}
          onClick={() => onChange(status === s ? null : s)}
        >
          <span className="status-count-label">{t(`enums.requestStatus.${s}`)}</span>
          <span className="status-count-value">{formatNumber(counts.get(s) ?? 0, lang)}</span>
        </button>
      ))}
    </div>
  );
}
