import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level, type Theme } from '../../../../shared/domain/constants';
import type { ProgrammeRow } from '../../../../shared/schemas/rows';
import { Card } from '../../components/Card';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper, orderSort } from '../../components/table/features';

const col = columnHelper<ProgrammeRow>();

export function ProgrammesTab({ programmes, loading }: { programmes: ProgrammeRow[] | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('name', { header: t('education.programmes.col.name'), cell: (c) => <strong className="strong">{c.getValue()}</strong>, meta: { width: 240 } }),
        col.accessor('schoolName', { header: t('education.programmes.col.school'), meta: { width: 200 } }),
        col.accessor('level', {
          header: t('education.programmes.col.level'),
          cell: (c) => <span className="tag">{t(`enums.level.${c.getValue()}`)}</span>,
          sortFn: orderSort(LEVELS),
          meta: { width: 110, text: (v) => t(`enums.level.${v as Level}`) },
        }),
        col.accessor('crebo', { header: t('education.programmes.col.crebo'), meta: { width: 90, hiddenByDefault: true } }),
        col.accessor('isMinor', {
          header: t('education.programmes.col.minor'),
          cell: (c) => (c.getValue() ? t('common.yes') : t('common.no')),
          meta: { width: 90, text: (v) => (v ? t('common.yes') : t('common.no')) },
        }),
        col.accessor('themes', {
          header: t('education.programmes.col.themes'),
          cell: (c) => (
            <span className="tag-list" title={c.getValue().map((th) => t(`enums.theme.${th}`)).join(', ')}>
              {c.getValue().map((th) => <span key={th} className={`tag tag-theme theme-${th}`}>{t(`enums.theme.${th}`)}</span>)}
            </span>
          ),
          enableSorting: false,
          meta: { width: 340, text: (v) => (v as Theme[]).map((th) => t(`enums.theme.${th}`)).join(', ') },
        }),
        col.accessor('coaches', { header: t('education.programmes.col.coaches'), cell: (c) => c.getValue().join(', ') || '—', meta: { width: 200 } }),
      ]),
    [t],
  );
  return (
    <Card>
      <DataTable id="programmes" label={t('education.tabs.programmes')} columns={columns} data={programmes} getRowId={(r) => String(r.id)} initialSorting={[{ id: 'schoolName', desc: false }, { id: 'name', desc: false }]} loading={loading} />
    </Card>
  );
}
