import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { staffCreate } from '../../../../../shared/schemas/hoursInputs';
import type { StaffRow } from '../../../../../shared/schemas/rows';
import { call } from '../../../api/client';
import { FormPanel, NumberField, TextField, useZodForm } from '../../../components/form';

type Values = z.input<typeof staffCreate>;
const toNumber = (v: number | string | null) => (v === null || v === '' ? Number.NaN : Number(String(v).replace(',', '.')));

/** New staff member (with a first rate) or an edit of name, role, employer and contract hours. */
export function StaffForm({ person, onClose }: { person: StaffRow | null; onClose: (id?: number) => void }) {
  const { t } = useTranslation();
  const initial: Values = {
    name: person?.name ?? '', role: person?.role ?? '', employer: person?.employer ?? '',
    contractMinutesPerWeek: person?.contractMinutesPerWeek ?? 0,
    hourlyRateCents: person?.currentRateCents ?? 0, effectiveFrom: `${new Date().getFullYear()}-01-01`,
  };
  const { values, set, errors, formError, busy, submit } = useZodForm(person ? staffCreate.partial({ hourlyRateCents: true, effectiveFrom: true }) : staffCreate, initial);
  const save = async () => {
    let id: number | undefined;
    const ok = await submit(async (v) => {
      const { hourlyRateCents, effectiveFrom, ...rest } = v as z.output<typeof staffCreate>;
      id = person
        ? (await call('staff:update', { id: person.id, values: rest })).id
        : (await call('staff:create', { ...rest, hourlyRateCents, effectiveFrom })).id;
    });
    if (ok) onClose(id);
  };
  return (
    <FormPanel open title={t(person ? 'hoursEdit.staff.editTitle' : 'hoursEdit.staff.newTitle')} subtitle={person?.name} busy={busy}
      formError={formError} errorCount={Object.keys(errors).length} onSubmit={() => void save()} onClose={() => onClose()}>
      <TextField label={t('hoursEdit.staff.name')} required value={values.name} onChange={(v) => set('name', v)} error={errors.name} autoFocus />
      <TextField label={t('hoursEdit.staff.role')} required value={values.role} onChange={(v) => set('role', v)} error={errors.role} />
      <TextField label={t('hoursEdit.staff.employer')} value={values.employer} onChange={(v) => set('employer', v)} error={errors.employer} />
      <NumberField label={t('hoursEdit.staff.contract')} required step={0.5} min={0} max={60}
        value={values.contractMinutesPerWeek / 60} onChange={(v) => set('contractMinutesPerWeek', Math.round(toNumber(v) * 60))} error={errors.contractMinutesPerWeek} />
      {!person && (
        <>
          <NumberField label={t('hoursEdit.staff.rate')} required step={0.01} min={0}
            value={(values.hourlyRateCents ?? 0) / 100} onChange={(v) => set('hourlyRateCents', Math.round(toNumber(v) * 100))} error={errors.hourlyRateCents} />
          <TextField type="date" label={t('hoursEdit.staff.rateFrom')} required value={values.effectiveFrom} onChange={(v) => set('effectiveFrom', v)} error={errors.effectiveFrom} />
        </>
      )}
    </FormPanel>
  );
}
