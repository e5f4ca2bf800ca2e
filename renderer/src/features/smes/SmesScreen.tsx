import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SizeClass } from '../../../../shared/domain/constants';
import type { SmeRow } from '../../../../shared/schemas/rows';
import { useSmes } from '../../api/hooks';
import { Card } from '../../components/Card';
import { ScreenFrame } from '../../components/ScreenFrame';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper } from '../../components/table/features';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';

const col = columnHelper<SmeRow>();

export function SmesScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const smes = useSmes();
  const columns = useMemo(() => {
    const sizeLabel = (v: unknown) => t(`enums.sizeClass.${v as SizeClass | 'other'}`);
    return col.columns([
      col.accessor('name', { header: t('smes.col.name'), cell: (c) => <strong className="strong">{c.getValue()}</strong>, meta: { width: 230 } }),
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
  }, [t, lang]);

  return (
    <ScreenFrame
      name="smes"
      title={t('smes.title')}
      subtitle={t('smes.subtitle')}
      busy={smes.isPending}
      errors={[smes.error]}
      onRetry={() => void smes.refetch()}
    >
      <Card>
        <DataTable
          id="smes"
          label={t('smes.title')}
          columns={columns}
          data={smes.data}
          getRowId={(r) => String(r.id)}
          initialSorting={[{ id: 'name', desc: false }]}
          loading={smes.isPending}
        />
      </Card>
    </ScreenFrame>
  );
}
