import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../shared/domain/constants';
import type { RequestDetail } from '../../../../shared/schemas/masterRows';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import type { NameLookups } from './changeWords';

interface Props {
  values: RequestDetail['values'];
  status: RequestStatus | undefined;
  statusReason: string | null;
  names: NameLookups;
}

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`fact${wide ? ' fact-wide' : ''}`}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Every field of a request, read-only, with a quiet dash where nothing was filled in. */
export function RequestFacts({ values: v, status, statusReason, names }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const none = <span className="muted">{t('common.none')}</span>;
  const tags = (list: readonly string[]) =>
    list.length === 0 ? none : <span className="tag-list">{list.map((g) => <span key={g} className="tag">{g}</span>)}</span>;
  const period = v.preferredStart || v.preferredEnd
    ? `${formatDate(v.preferredStart, lang)} – ${formatDate(v.preferredEnd, lang)}`
    : null;
  return (
    <dl className="facts" data-testid="request-facts">
      <Fact label={t('requestsEdit.fields.sme')}>{names.sme(v.smeId) ?? `#${v.smeId}`}</Fact>
      <Fact label={t('requestsEdit.fields.offering')}>{v.offeringId ? (names.offering(v.offeringId) ?? `#${v.offeringId}`) : none}</Fact>
      <Fact label={t('requestsEdit.fields.question')} wide>{v.question ? <span className="fact-text">{v.question}</span> : none}</Fact>
      {status && (status === 'rejected' || status === 'withdrawn') && (
        <Fact label={t('requestsEdit.fields.reason')} wide>{statusReason ?? none}</Fact>
      )}
      <Fact label={t('requestsEdit.fields.maturity')}>
        {v.digitalMaturity === null ? none : (
          <span className="maturity">
            <span className="maturity-bar" aria-hidden="true"><span style={{ width: `${v.digitalMaturity * 10}%` }} /></span>
            {t('requestsEdit.detail.maturityValue', { value: v.digitalMaturity })}
          </span>
        )}
      </Fact>
      <Fact label={t('requestsEdit.fields.channel')}>{v.channel ?? none}</Fact>
      <Fact label={t('requestsEdit.fields.goals')} wide>{tags(v.goals)}</Fact>
      <Fact label={t('requestsEdit.fields.obstacles')} wide>{tags(v.obstacles)}</Fact>
      <Fact label={t('requestsEdit.fields.window')}>{period ?? none}</Fact>
      <Fact label={t('requestsEdit.fields.owner')}>{v.ownerStaffId ? (names.staff(v.ownerStaffId) ?? `#${v.ownerStaffId}`) : none}</Fact>
      <Fact label={t('requestsEdit.fields.priority')}>{t(`enums.priority.${v.priority}`)}</Fact>
      <Fact label={t('requestsEdit.fields.receivedOn')}>{formatDate(v.receivedOn, lang)}</Fact>
    </dl>
  );
}
