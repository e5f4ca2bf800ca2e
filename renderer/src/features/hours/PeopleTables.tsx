import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunderKind } from '../../../../shared/domain/constants';
import type { FunderRow } from '../../../../shared/schemas/rows';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper } from '../../components/table/features';
import { formatDate, formatMoney } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';

const funderCol = columnHelper<FunderRow>();

/** Funders with their budget totals; a click (or Enter) on a row opens it for editing. */
export function FundersTable({ funders, loading, onOpen }: { funders: FunderRow[] | undefined; loading: boolean; onOpen?: (f: FunderRow) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns = useMemo(
    () =>
      funderCol.columns([
        funderCol.accessor('name', { header: t('hours.col.funder'), cell: (c) => <strong className="strong">{c.getValue()}</strong>, meta: { width: 190 } }),
        funderCol.accessor('kind', { header: t('hours.col.kind'), cell: (c) => t(`enums.funderKind.${c.getValue()}`), meta: { width: 140, text: (v) => t(`enums.funderKind.${v as FunderKind}`) } }),
        funderCol.accessor('budgetCents', { header: t('hours.col.budget'), cell: (c) => formatMoney(c.getValue(), lang), meta: { width: 120, align: 'end', text: (v) => formatMoney(v as number, lang) } }),
        funderCol.accessor('periodStart', { header: t('hours.col.periodStart'), cell: (c) => formatDate(c.getValue(), lang), meta: { width: 110, text: (v) => formatDate(v as string | null, lang) } }),
        funderCol.accessor('periodEnd', { header: t('hours.col.periodEnd'), cell: (c) => formatDate(c.getValue(), lang), meta: { width: 110, text: (v) => formatDate(v as string | null, lang) } }),
      ]),
    [t, lang],
  );
  return <DataTable id="funders" label={t('hours.funders')} columns={columns} data={funders} getRowId={(r) => String(r.id)} initialSorting={[{ id: 'name', desc: false }]} maxHeight="360px" loading={loading} onRowActivate={onOpen} />;
}
