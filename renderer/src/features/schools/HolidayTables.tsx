import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HOLIDAY_REGIONS, type HolidayRegion } from '../../../../shared/domain/constants';
import type { HolidayRow } from '../../../../shared/schemas/masterRows';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLang } from '../../i18n/useLang';
import { formatRange } from './dateRange';

interface YearTable {
  year: string;
  /** Holidays in calendar order, each with its dates per region. */
  rows: { name: string; compulsory: boolean; byRegion: Partial<Record<HolidayRegion, HolidayRow[]>> }[];
}

function tablesOf(holidays: readonly HolidayRow[]): YearTable[] {
  const years = new Map<string, YearTable>();
  for (const h of holidays) {
    const year = years.get(h.schoolYear) ?? { year: h.schoolYear, rows: [] };
    years.set(h.schoolYear, year);
    let row = year.rows.find((r) => r.name === h.name);
    if (!row) {
      row = { name: h.name, compulsory: h.compulsory, byRegion: {} };
      year.rows.push(row);
    }
    (row.byRegion[h.region] ??= []).push(h);
  }
  // Newest first: the coming school year is the one being planned.
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year));
}

/** The imported school holidays: one small table per school year, a column per holiday region. */
export function HolidayTables() {
  const { t } = useTranslation();
  const lang = useLang();
  const holidays = useApiQuery('holidays:list');
  const tables = useMemo(() => tablesOf(holidays.data ?? []), [holidays.data]);

  const range = (h: HolidayRow) => formatRange(h.startDate, h.endDate, lang);

  if (holidays.error) return <ErrorAlert error={holidays.error} />;
  if (holidays.isPending) return <p className="muted">{t('common.loading')}</p>;
  if (tables.length === 0) return <p className="muted" data-testid="no-holidays">{t('educationEdit.holidays.none')}</p>;
  return (
    <div className="holiday-tables">
      {tables.map((y) => (
        <table key={y.year} className="mini-table" data-testid={`holidays-${y.year}`}>
          <caption>{t('educationEdit.holidays.caption', { year: y.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('educationEdit.holidays.holiday')}</th>
              {HOLIDAY_REGIONS.map((r) => <th key={r} scope="col">{t(`enums.holidayRegion.${r}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {y.rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">
                  {row.name}
                  {row.compulsory && <span className="tag tag-compulsory">{t('educationEdit.holidays.compulsory')}</span>}
                </th>
                {HOLIDAY_REGIONS.map((r) => (
                  <td key={r} data-region={r}>
                    {row.byRegion[r]?.map((h) => <div key={h.id}>{range(h)}</div>) ?? <span className="muted">{t('educationEdit.holidays.notInRegion')}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
