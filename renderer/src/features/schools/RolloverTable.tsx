import { useTranslation } from 'react-i18next';
import type { RolloverPreview } from '../../../../shared/schemas/masterRows';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { formatRange } from './dateRange';

/** The terms a school-year copy creates, old dates beside new; terms that already exist are greyed out. */
export function RolloverTable({ preview }: { preview: RolloverPreview }) {
  const { t } = useTranslation();
  const lang = useLang();
  const dates = (a: string, b: string) => formatRange(a, b, lang);
  return (
    // Focusable so keyboard users can scroll it sideways when the panel is narrow.
    <div className="mini-table-scroll" tabIndex={0} role="region" aria-label={t('educationEdit.rollover.preview')}>
      <table className="mini-table rollover-table" data-testid="rollover-preview">
        <thead>
          <tr>
            <th scope="col">{t('educationEdit.rollover.col.term')}</th>
            <th scope="col">{t('educationEdit.rollover.col.next', { year: preview.toYear })}</th>
            <th scope="col" className="num">{t('educationEdit.rollover.col.weeks')}</th>
            <th scope="col" className="num">{t('educationEdit.rollover.col.cohorts')}</th>
            <th scope="col" className="num">{t('educationEdit.rollover.col.teams')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.terms.map((p) => (
            <tr key={p.fromTermId} className={p.exists ? 'is-existing' : undefined} data-exists={p.exists}>
              <th scope="row">
                {p.name}
                {p.exists && <span className="tag">{t('educationEdit.rollover.exists')}</span>}
                <span className="row-sub">{p.schoolName}</span>
              </th>
              <td>
                <span className="nowrap">{dates(p.newStartDate, p.newEndDate)}</span>
                <span className="row-sub nowrap">{t('educationEdit.rollover.was', { dates: dates(p.startDate, p.endDate) })}</span>
              </td>
              <td className="num">{formatNumber(p.weekCount, lang)}</td>
              <td className="num">{formatNumber(p.cohorts, lang)}</td>
              <td className="num">{formatNumber(p.teams, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
