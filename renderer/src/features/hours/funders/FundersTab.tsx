import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery, useFunders } from '../../../api/hooks';
import { Card } from '../../../components/Card';
import { formatDate, formatHours, formatMoney } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { SimpleTable } from '../dashboard/SimpleTable';
import { FundersTable } from '../PeopleTables';
import { BudgetForm, FunderForm } from './FunderForms';

/** Funders and their budgets per period, with the co-financing share each carries. */
export function FundersTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const funders = useFunders();
  const budgets = useApiQuery('budgets:list');
  const [form, setForm] = useState<'funder' | 'budget' | null>(null);
  return (
    <div className="dash">
      <Card title={t('hours.funders')} actions={<button type="button" className="btn btn-primary btn-sm" onClick={() => setForm('funder')}>{t('hoursEdit.funders.addFunder')}</button>}>
        <FundersTable funders={funders.data} loading={funders.isPending} />
      </Card>
      <Card title={t('hoursEdit.funders.budgets')} actions={<button type="button" className="btn btn-primary btn-sm" disabled={!funders.data?.length} onClick={() => setForm('budget')}>{t('hoursEdit.funders.addBudget')}</button>}>
        <SimpleTable
          label={t('hoursEdit.funders.budgets')}
          columns={[{ label: t('hoursEdit.funders.col.funder') }, { label: t('hoursEdit.funders.col.kind') }, { label: t('hoursEdit.funders.col.name') },
            { label: t('hoursEdit.funders.col.period') }, { label: t('hoursEdit.funders.col.amount'), align: 'end' }, { label: t('hoursEdit.funders.col.hours'), align: 'end' },
            { label: t('hoursEdit.funders.col.cofinancing'), align: 'end' }]}
          rows={(budgets.data ?? []).map((b) => ({ key: String(b.id), cells: [
            b.funderName, t(`enums.funderKind.${b.funderKind}`), b.name, `${formatDate(b.periodStart, lang)} – ${formatDate(b.periodEnd, lang)}`,
            formatMoney(b.amountCents, lang), b.hoursMinutes === null ? '—' : formatHours(b.hoursMinutes, lang), `${b.cofinancingBp / 100}%`,
          ] }))}
        />
      </Card>
      {form === 'funder' && <FunderForm onClose={() => setForm(null)} />}
      {form === 'budget' && <BudgetForm funders={funders.data ?? []} onClose={() => setForm(null)} />}
    </div>
  );
}
