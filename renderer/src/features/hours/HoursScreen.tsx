import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITIES } from '../../../../shared/domain/constants';
import { useFunders, useMonthlyCosts, useStaff } from '../../api/hooks';
import { Card } from '../../components/Card';
import { ScreenFrame } from '../../components/ScreenFrame';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper } from '../../components/table/features';
import { formatHours, formatMoney, formatMonth } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { CostChart } from './CostChart';
import { FundersTable, StaffTable } from './PeopleTables';
import { lastTwelveMonths } from './period';
import { pivotByMonth, type MonthTotals } from './pivot';

const col = columnHelper<MonthTotals>();

export function HoursScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const [period] = useState(() => lastTwelveMonths());
  const [mode, setMode] = useState<'hours' | 'cost'>('hours');
  const costs = useMonthlyCosts(period.from, period.to);
  const staff = useStaff();
  const funders = useFunders();
  const months = useMemo(() => (costs.data ? pivotByMonth(costs.data, period.months) : undefined), [costs.data, period.months]);

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('month', { header: t('hours.col.month'), cell: (c) => formatMonth(c.getValue(), lang), meta: { width: 110, text: (v) => formatMonth(String(v), lang) } }),
        ...ACTIVITIES.map((a) =>
          col.accessor((r) => r.minutes[a], {
            id: a,
            header: t(`enums.activity.${a}`),
            cell: (c) => formatHours(c.getValue(), lang),
            meta: { width: 128, align: 'end' as const, filter: false },
          }),
        ),
        col.accessor('totalMinutes', { header: t('hours.col.totalHours'), cell: (c) => <strong>{formatHours(c.getValue(), lang)}</strong>, meta: { width: 120, align: 'end', filter: false } }),
        col.accessor('totalCost', { header: t('hours.col.totalCost'), cell: (c) => <strong>{formatMoney(c.getValue(), lang)}</strong>, meta: { width: 130, align: 'end', filter: false } }),
      ]),
    [t, lang],
  );

  return (
    <ScreenFrame
      name="hours"
      title={t('hours.title')}
      subtitle={t('hours.subtitle')}
      busy={costs.isPending || staff.isPending || funders.isPending}
      errors={[costs.error, staff.error, funders.error]}
      onRetry={() => { void costs.refetch(); void staff.refetch(); void funders.refetch(); }}
    >
      <Card
        title={t(mode === 'hours' ? 'hours.chartTitle' : 'hours.costTitle')}
        actions={
          <div className="segmented" role="group" aria-label={t('hours.show')}>
            <button type="button" aria-pressed={mode === 'hours'} onClick={() => setMode('hours')}>{t('hours.showHours')}</button>
            <button type="button" aria-pressed={mode === 'cost'} onClick={() => setMode('cost')}>{t('hours.showCost')}</button>
          </div>
        }
      >
        {months && <CostChart data={months} mode={mode} />}
      </Card>
      <Card title={t('hours.tableTitle')}>
        <DataTable id="monthly-costs" label={t('hours.tableTitle')} columns={columns} data={months} getRowId={(r) => r.month} initialSorting={[{ id: 'month', desc: false }]} loading={costs.isPending} />
      </Card>
      <div className="grid-2">
        <Card title={t('hours.staff')}>
          <StaffTable staff={staff.data} loading={staff.isPending} />
        </Card>
        <Card title={t('hours.funders')}>
          <FundersTable funders={funders.data} loading={funders.isPending} />
        </Card>
      </div>
    </ScreenFrame>
  );
}
