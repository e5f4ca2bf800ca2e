import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FUNDER_KINDS, type FunderKind } from '../../../../../shared/domain/constants';
import { budgetInput, funderInput } from '../../../../../shared/schemas/hoursInputs';
import type { budgetRow } from '../../../../../shared/schemas/hoursRows';
import type { FunderRow } from '../../../../../shared/schemas/rows';
import { call } from '../../../api/client';
import { FormPanel, NumberField, SelectField, TextField, useZodForm } from '../../../components/form';
import { showToast } from '../../../components/history/Toast';

export type BudgetRow = z.infer<typeof budgetRow>;

const num = (v: number | string | null) => (v === null || v === '' ? Number.NaN : Number(String(v).replace(',', '.')));

/** A funder: name and kind (subsidy, municipality, province, school in kind, other); new or to edit. */
export function FunderForm({ funder, onClose }: { funder?: FunderRow | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set, errors, formError, busy, submit } = useZodForm(funderInput,
    funder ? { id: funder.id, name: funder.name, kind: funder.kind } : { name: '', kind: 'municipality' });
  const save = async () => { if (await submit((v) => call('funders:save', v))) onClose(); };
  return (
    <FormPanel open title={funder ? t('hoursEdit.funders.editFunder') : t('hoursEdit.funders.newFunder')} busy={busy} formError={formError}
      errorCount={Object.keys(errors).length} onSubmit={() => void save()} onClose={onClose}>
      <TextField label={t('hoursEdit.funders.col.funder')} required value={values.name} onChange={(v) => set('name', v)} error={errors.name} autoFocus />
      <SelectField<FunderKind> label={t('hoursEdit.funders.col.kind')} required value={values.kind}
        options={FUNDER_KINDS.map((k) => ({ value: k, label: t(`enums.funderKind.${k}`) }))} onChange={(v) => v && set('kind', v)} error={errors.kind} />
    </FormPanel>
  );
}

/** A budget of one funder for one period: amount, optional hours, and the share of personnel cost it carries. */
export function BudgetForm({ funders, budget, onClose }: { funders: FunderRow[]; budget?: BudgetRow | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const { values, set, errors, formError, busy, submit } = useZodForm(budgetInput, budget
    ? { id: budget.id, funderId: budget.funderId, name: budget.name, periodStart: budget.periodStart, periodEnd: budget.periodEnd,
        amountCents: budget.amountCents, hoursMinutes: budget.hoursMinutes, cofinancingBp: budget.cofinancingBp }
    : { funderId: funders[0]?.id ?? 0, name: '', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, amountCents: 0, hoursMinutes: null, cofinancingBp: 10000 });
  const save = async () => {
    if (await submit((v) => call('budgets:save', v))) {
      showToast(t('hoursEdit.funders.savedBudget', { name: values.name.trim() }));
      onClose();
    }
  };
  return (
    <FormPanel open title={budget ? t('hoursEdit.funders.editBudget') : t('hoursEdit.funders.newBudget')} busy={busy} formError={formError}
      errorCount={Object.keys(errors).length} onSubmit={() => void save()} onClose={onClose}>
      <SelectField<number> label={t('hoursEdit.funders.col.funder')} required value={values.funderId}
        options={funders.map((f) => ({ value: f.id, label: f.name }))} onChange={(v) => v && set('funderId', v)} error={errors.funderId} />
      <TextField label={t('hoursEdit.funders.col.name')} required value={values.name} onChange={(v) => set('name', v)} error={errors.name} autoFocus={!!budget} />
      <TextField type="date" label={t('hoursEdit.funders.from')} required value={values.periodStart} onChange={(v) => set('periodStart', v)} error={errors.periodStart} />
      <TextField type="date" label={t('hoursEdit.funders.to')} required value={values.periodEnd} onChange={(v) => set('periodEnd', v)} error={errors.periodEnd} />
      <NumberField label={t('hoursEdit.funders.amount')} required min={0} step={100} value={values.amountCents / 100}
        onChange={(v) => set('amountCents', Math.round(num(v) * 100))} error={errors.amountCents} />
      <NumberField label={t('hoursEdit.funders.hours')} min={0} step={1} value={values.hoursMinutes === null || values.hoursMinutes === undefined ? '' : values.hoursMinutes / 60}
        onChange={(v) => set('hoursMinutes', v === null || v === '' ? null : Math.round(num(v) * 60))} error={errors.hoursMinutes} />
      <NumberField label={t('hoursEdit.funders.cofinancing')} required min={0} max={100} step={1} value={(values.cofinancingBp ?? 10000) / 100}
        onChange={(v) => set('cofinancingBp', Math.round(num(v) * 100))} error={errors.cofinancingBp} hint={t('hoursEdit.funders.cofinancingHint')} />
    </FormPanel>
  );
}
