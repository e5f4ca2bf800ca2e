import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayRegion, SchoolKind } from '../../../../shared/domain/constants';
import type { SchoolRow } from '../../../../shared/schemas/rows';
import { Card } from '../../components/Card';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper } from '../../components/table/features';

const col = columnHelper<SchoolRow>();

export function SchoolsTab({ schools, loading }: { schools: SchoolRow[] | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('name', { header: t('education.schools.col.name'), cell: (c) => <strong className="strong">{c.getValue()}</strong>, meta: { width: 260 } }),
        col.accessor('shortName', { header: t('education.schools.col.shortName'), meta: { width: 110 } }),
        col.accessor('kind', {
          header: t('education.schools.col.kind'),
          cell: (c) => <span className="tag">{t(`enums.schoolKind.${c.getValue()}`)}</span>,
          meta: { width: 90, text: (v) => t(`enums.schoolKind.${v as SchoolKind}`) },
        }),
        col.accessor('brin', { header: t('education.schools.col.brin'), cell: (c) => <span className="mono">{c.getValue()}</span>, meta: { width: 90 } }),
        col.accessor('holidayRegion', {
          header: t('education.schools.col.region'),
          cell: (c) => t(`enums.holidayRegion.${c.getValue()}`),
          meta: { width: 130, text: (v) => t(`enums.holidayRegion.${v as HolidayRegion}`) },
        }),
        col.accessor('municipality', { header: t('education.schools.col.municipality'), meta: { width: 150 } }),
        col.accessor('contactName', { header: t('education.schools.col.contact'), meta: { width: 180 } }),
        col.accessor('programmeCount', { header: t('education.schools.col.programmes'), meta: { width: 110, align: 'end' } }),
      ]),
    [t],
  );
  return (
    <Card>
      <DataTable id="schools" label={t('education.tabs.schools')} columns={columns} data={schools} getRowId={(r) => String(r.id)} initialSorting={[{ id: 'name', desc: false }]} loading={loading} />
    </Card>
  );
}
