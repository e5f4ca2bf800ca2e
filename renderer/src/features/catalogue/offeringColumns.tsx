import type { TFunction } from 'i18next';
import { LEVELS, THEMES, type Language, type Level, type Theme } from '../../../../shared/domain/constants';
import type { OfferingRow } from '../../../../shared/schemas/rows';
import { ArchivedTag } from '../../components/ArchivedToggle';
import { LevelTags, ThemeTag } from '../../components/Chips';
import { columnHelper, orderSort } from '../../components/table/features';
import { formatHours } from '../../i18n/format';

const col = columnHelper<OfferingRow>();

/** Columns of the menukaart as a table (the other view is cards); sorts by duration in days, weeks counted as 5. */
export function offeringColumns(t: TFunction, lang: Language) {
  const duration = (o: OfferingRow) => (o.durationUnit === 'days' ? t('common.days', { count: o.durationValue }) : t('common.weeks', { count: o.durationValue }));
  const levelText = (v: unknown) => (v as Level[]).map((l) => t(`enums.level.${l}`)).join(', ');
  return col.columns([
    col.accessor('name', {
      header: t('smesEdit.catalogueView.col.name'),
      cell: (c) => (
        <span className={`name-cell${c.row.original.archived ? ' name-archived' : ''}`}>
          <strong className="strong">{c.getValue()}</strong>
          {c.row.original.archived && <ArchivedTag />}
        </span>
      ),
      meta: { width: 250 },
    }),
    col.accessor('theme', {
      header: t('smesEdit.catalogueView.col.theme'),
      cell: (c) => <ThemeTag theme={c.getValue()} />,
      sortFn: orderSort(THEMES),
      meta: { width: 210, text: (v) => t(`enums.theme.${v as Theme}`) },
    }),
    col.accessor('levels', {
      header: t('smesEdit.catalogueView.col.levels'),
      cell: (c) => <LevelTags levels={c.getValue()} />,
      // Lowest level first, so "mbo 4 and up" sorts before "bachelor only".
      sortFn: (a, b, id) => LEVELS.indexOf((a.getValue(id) as Level[])[0] ?? 'master') - LEVELS.indexOf((b.getValue(id) as Level[])[0] ?? 'master'),
      meta: { width: 240, text: levelText },
    }),
    col.accessor((o) => o.durationValue * (o.durationUnit === 'weeks' ? 5 : 1), {
      id: 'duration',
      header: t('smesEdit.catalogueView.col.duration'),
      cell: (c) => duration(c.row.original),
      meta: { width: 110, align: 'end', filter: false },
    }),
    col.accessor('effortMinutes', {
      header: t('smesEdit.catalogueView.col.effort'),
      cell: (c) => formatHours(c.getValue(), lang),
      meta: { width: 100, align: 'end', text: (v) => formatHours(v as number, lang) },
    }),
    col.accessor('teamSize', { header: t('smesEdit.catalogueView.col.teamSize'), meta: { width: 120, align: 'end' } }),
    col.accessor('programmeCount', { header: t('smesEdit.catalogueView.col.programmes'), meta: { width: 120, align: 'end' } }),
    col.accessor('requestCount', { header: t('smesEdit.catalogueView.col.requests'), meta: { width: 110, align: 'end' } }),
    col.accessor('description', { header: t('smesEdit.catalogueView.col.description'), meta: { width: 320, hiddenByDefault: true } }),
  ]);
}
