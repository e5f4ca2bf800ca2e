import type { TFunction } from 'i18next';
import type { Language, SizeClass } from '../../../../shared/domain/constants';
import type { SmeRow } from '../../../../shared/schemas/rows';
import { ArchivedTag } from '../../components/ArchivedToggle';
import { columnHelper } from '../../components/table/features';
import { formatNumber } from '../../i18n/format';

const col = columnHelper<SmeRow>();

/** Columns of the SME table; an archived company keeps its row (when shown) with a quiet marker. */
export function smeColumns(t: TFunction, lang: Language) {
  const sizeLabel = (v: unknown) => t(`enums.sizeClass.${v as SizeClass | 'other'}`);
  return col.columns([
    col.accessor('name', {
      header: t('smes.col.name'),
      cell: (c) => (
        <span className={`name-cell${c.row.original.archived ? ' name-archived' : ''}`}>
          <strong className="strong">{c.getValue()}</strong>
          {c.row.original.archived && <ArchivedTag />}
        </span>
      ),
      meta: { width: 230 },
    }),
    col.accessor('kvk', { header: t('smes.col.kvk'), cell: (c) => <span className="mono">{c.getValue()}</span>, meta: { width: 120 } }),
    col.accessor('sbiCode', { header: t('smes.col.sbi'), cell: (c) => <span className="mono">{c.getValue() ?? '—'}</span>, meta: { width: 90 } }),
    col.accessor('fte', { header: t('smes.col.fte'), cell: (c) => formatNumber(c.getValue(), lang, 1), meta: { width: 80, align: 'end' } }),
    col.accessor('sizeClass', { header: t('smes.col.sizeClass'), cell: (c) => sizeLabel(c.getValue()), meta: { width: 150, text: sizeLabel } }),
    col.accessor('postcode', { header: t('smes.col.postcode'), meta: { width: 100 } }),
    col.accessor('municipality', { header: t('smes.col.municipality'), meta: { width: 150 } }),
    col.accessor('region', { header: t('smes.col.region'), meta: { width: 140, hiddenByDefault: true } }),
    col.accessor('contactName', { header: t('smes.col.contact'), meta: { width: 170 } }),
    col.accessor('contactEmail', { header: t('smes.col.email'), meta: { width: 220, hiddenByDefault: true } }),
    col.accessor('intermediaryName', { header: t('smes.col.intermediary'), meta: { width: 180 } }),
    col.accessor('requestCount', { header: t('smes.col.requests'), meta: { width: 100, align: 'end' } }),
  ]);
}
