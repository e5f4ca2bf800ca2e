import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../../api/client';
import { useApiQuery, useFunders } from '../../../api/hooks';
import { Card } from '../../../components/Card';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { runHistoryCommand } from '../../../components/history/historyCommand';
import { showToast } from '../../../components/history/Toast';
import { formatDate, formatHours, formatMoney } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { SimpleTable } from '../dashboard/SimpleTable';
import { FundersTable } from '../PeopleTables';
import { BudgetForm, FunderForm, type BudgetRow } from './FunderForms';

type Panel = { kind: 'funder'; id: number | null } | { kind: 'budget'; id: number | null } | { kind: 'delete'; id: number } | null;

/** Funders and their budgets per period, with the co-financing share each carries; add, edit and delete. */
export function FundersTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const funders = useFunders();
  const budgets = useApiQuery('budgets:list');
  const [panel, setPanel] = useState<Panel>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const budget = panel && panel.kind !== 'funder' && panel.id !== null ? budgets.data?.find((b) => b.id === panel.id) : undefined;
  const funder = panel?.kind === 'funder' && panel.id !== null ? funders.data?.find((f) => f.id === panel.id) : undefined;
  const period = (b: BudgetRow) => `${formatDate(b.periodStart, lang)} – ${formatDate(b.periodEnd, lang)}`;

  const remove = async (b: BudgetRow) => {
    setBusy(true);
    setError(null);
    try {
      await call('budgets:delete', { id: b.id });
      setPanel(null);
      showToast(t('hoursEdit.funders.deleted', { name: b.name }), { action: { label: t('forms.undo'), run: () => void runHistoryCommand('undo') } });
    } catch (e) {
      setError(errorMessage(e));
      setPanel(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dash">
      <Card title={t('hours.funders')} actions={<button type="button" className="btn btn-primary btn-sm" onClick={() => setPanel({ kind: 'funder', id: null })}>{t('hoursEdit.funders.addFunder')}</button>}>
        <FundersTable funders={funders.data} loading={funders.isPending} onOpen={(f) => setPanel({ kind: 'funder', id: f.id })} />
      </Card>
      <Card title={t('hoursEdit.funders.budgets')} testId="budgets"
        actions={<button type="button" className="btn btn-primary btn-sm" disabled={!funders.data?.length} onClick={() => setPanel({ kind: 'budget', id: null })}>{t('hoursEdit.funders.addBudget')}</button>}>
        {error && <div className="ts-banner ts-banner-error" role="alert">{error}</div>}
        {budgets.data?.length === 0 ? <p className="empty-state">{t('hoursEdit.funders.noBudgets')}</p> : (
          <SimpleTable
            label={t('hoursEdit.funders.budgets')}
            testId="budget-rows"
            columns={[{ label: t('hoursEdit.funders.col.funder') }, { label: t('hoursEdit.funders.col.name') },
              { label: t('hoursEdit.funders.col.period') }, { label: t('hoursEdit.funders.col.amount'), align: 'end' }, { label: t('hoursEdit.funders.col.hours'), align: 'end' },
              { label: t('hoursEdit.funders.col.cofinancing'), align: 'end' }, { label: t('hoursEdit.funders.col.actions') }]}
            rows={(budgets.data ?? []).map((b) => ({ key: String(b.id), cells: [
              // The kind under the funder's name keeps the table narrow enough for its Edit and Delete buttons.
              <span key="funder" className="budget-funder">{b.funderName}<span className="budget-kind">{t(`enums.funderKind.${b.funderKind}`)}</span></span>,
              b.name, period(b),
              formatMoney(b.amountCents, lang), b.hoursMinutes === null ? '—' : formatHours(b.hoursMinutes, lang), `${b.cofinancingBp / 100}%`,
              <span key="actions" className="row-actions">
                <button type="button" className="btn btn-link btn-sm" aria-label={t('hoursEdit.funders.editNamed', { name: b.name, funder: b.funderName })}
                  onClick={() => setPanel({ kind: 'budget', id: b.id })}>{t('forms.edit')}</button>
                <button type="button" className="btn btn-link btn-sm btn-danger-link" aria-label={t('hoursEdit.funders.deleteNamed', { name: b.name, funder: b.funderName })}
                  onClick={() => { setError(null); setPanel({ kind: 'delete', id: b.id }); }}>{t('hoursEdit.funders.delete')}</button>
              </span>,
            ] }))}
          />
        )}
      </Card>
      {panel?.kind === 'funder' && (panel.id === null || funder) && <FunderForm key={panel.id ?? 'new'} funder={funder} onClose={() => setPanel(null)} />}
      {panel?.kind === 'budget' && (panel.id === null || budget) && (
        <BudgetForm key={panel.id ?? 'new'} funders={funders.data ?? []} budget={budget} onClose={() => setPanel(null)} />
      )}
      <ConfirmDialog
        open={panel?.kind === 'delete' && !!budget}
        title={t('hoursEdit.funders.deleteTitle')}
        text={budget ? t('hoursEdit.funders.deleteText', { name: budget.name, funder: budget.funderName, period: period(budget), amount: formatMoney(budget.amountCents, lang) }) : ''}
        confirmLabel={t('hoursEdit.funders.delete')}
        busy={busy}
        onCancel={() => setPanel(null)}
        onConfirm={() => { if (budget) void remove(budget); }}
      />
    </div>
  );
}
