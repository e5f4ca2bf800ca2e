import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES } from '../../../../shared/domain/constants';
import { call } from '../../api/client';
import { useOfferings, useSmes, useStaff } from '../../api/hooks';
import { Field, FormPanel, NumberField, SelectField, TextAreaField, TextField, useZodForm } from '../../components/form';
import { showToast } from '../../components/history/Toast';
import { IntakeChoices } from './IntakeChoices';
import { CHANNEL_OPTIONS, GOAL_OPTIONS, OBSTACLE_OPTIONS } from './intakeOptions';
import { dateOrNull, requestFormSchema, type RequestFormValues } from './requestForm';

interface Props {
  /** The request being edited, or null for a new one. */
  editingId: number | null;
  initial: RequestFormValues;
  onClose: () => void;
  onSaved: (id: number) => void;
}

/** Create or edit a request (the intake) in a side panel; messages appear next to their fields. */
export function RequestForm({ editingId, initial, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const smes = useSmes();
  const offerings = useOfferings();
  const staff = useStaff();
  const form = useZodForm(requestFormSchema, initial);
  const { values: v, errors, set } = form;
  const channelListId = useId();

  // Archived records drop out of the pickers, except the one this request already points at.
  const smeOptions = useMemo(() => (smes.data ?? [])
    .filter((s) => !s.archived || s.id === initial.smeId)
    .map((s) => ({ value: s.id, label: s.municipality ? `${s.name} (${s.municipality})` : s.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl')), [smes.data, initial.smeId]);
  const offeringOptions = useMemo(() => (offerings.data ?? [])
    .filter((o) => !o.archived || o.id === initial.offeringId)
    .map((o) => ({ value: o.id, label: o.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl')), [offerings.data, initial.offeringId]);
  const staffOptions = useMemo(() => (staff.data ?? [])
    .filter((s) => !s.archived || s.id === initial.ownerStaffId)
    .map((s) => ({ value: s.id, label: s.name })), [staff.data, initial.ownerStaffId]);

  const save = () =>
    void form.submit(async (parsed) => {
      if (editingId !== null) {
        await call('requests:update', { id: editingId, values: parsed });
        showToast(t('requestsEdit.form.savedToast'));
        onSaved(editingId);
      } else {
        const { id } = await call('requests:create', parsed);
        showToast(t('requestsEdit.form.createdToast'));
        onSaved(id);
      }
    });

  return (
    <FormPanel
      open
      wide
      title={editingId !== null ? t('requestsEdit.form.editTitle') : t('requestsEdit.form.newTitle')}
      subtitle={t('requestsEdit.form.subtitle')}
      busy={form.busy}
      formError={form.formError}
      errorCount={Object.keys(errors).length}
      onSubmit={save}
      onClose={onClose}
    >
      <h3 className="form-section-title">{t('requestsEdit.form.sectionQuestion')}</h3>
      <div className="form-grid">
        <div className="span-2">
          <SelectField label={t('requestsEdit.fields.sme')} required value={v.smeId} error={errors.smeId}
            hint={t('requestsEdit.form.smeHint')} options={smeOptions} onChange={(x) => set('smeId', x as number)} />
        </div>
        <div className="span-2">
          <SelectField label={t('requestsEdit.fields.offering')} allowEmpty value={v.offeringId} error={errors.offeringId}
            options={offeringOptions} onChange={(x) => set('offeringId', x)} />
        </div>
        <div className="span-2">
          <TextAreaField label={t('requestsEdit.fields.question')} rows={3} value={v.question} error={errors.question}
            hint={t('requestsEdit.form.questionHint')} onChange={(x) => set('question', x)} />
        </div>
      </div>

      <h3 className="form-section-title">{t('requestsEdit.form.sectionIntake')}</h3>
      <div className="form-grid">
        <NumberField label={t('requestsEdit.fields.maturity')} value={v.digitalMaturity} min={1} max={10} step={1}
          error={errors.digitalMaturity} hint={t('requestsEdit.form.maturityHint')} onChange={(x) => set('digitalMaturity', x as number | null)} />
        <Field label={t('requestsEdit.fields.channel')} error={errors.channel} hint={t('requestsEdit.form.channelHint')}>
          {(c) => (
            <>
              <input {...c} className="input" list={channelListId} value={v.channel ?? ''} maxLength={200}
                onChange={(e) => set('channel', e.target.value)} />
              <datalist id={channelListId}>
                {CHANNEL_OPTIONS.map((o) => <option key={o} value={o} />)}
              </datalist>
            </>
          )}
        </Field>
        <div className="span-2">
          <IntakeChoices label={t('requestsEdit.fields.goals')} options={GOAL_OPTIONS} value={v.goals ?? []} error={errors.goals}
            testId="goals" onChange={(x) => set('goals', x)} />
        </div>
        <div className="span-2">
          <IntakeChoices label={t('requestsEdit.fields.obstacles')} options={OBSTACLE_OPTIONS} value={v.obstacles ?? []}
            error={errors.obstacles} testId="obstacles" onChange={(x) => set('obstacles', x)} />
        </div>
      </div>

      <h3 className="form-section-title">{t('requestsEdit.form.sectionPlanning')}</h3>
      <div className="form-grid">
        <TextField type="date" label={t('requestsEdit.fields.preferredStart')} value={v.preferredStart} error={errors.preferredStart}
          onChange={(x) => set('preferredStart', dateOrNull(x))} />
        <TextField type="date" label={t('requestsEdit.fields.preferredEnd')} value={v.preferredEnd} error={errors.preferredEnd}
          onChange={(x) => set('preferredEnd', dateOrNull(x))} />
        <SelectField label={t('requestsEdit.fields.priority')} value={v.priority} error={errors.priority}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`enums.priority.${p}`) }))} onChange={(x) => x && set('priority', x)} />
        <SelectField label={t('requestsEdit.fields.owner')} allowEmpty value={v.ownerStaffId} error={errors.ownerStaffId}
          options={staffOptions} onChange={(x) => set('ownerStaffId', x)} />
        <TextField type="date" required label={t('requestsEdit.fields.receivedOn')} value={v.receivedOn} error={errors.receivedOn}
          onChange={(x) => set('receivedOn', x)} />
      </div>
    </FormPanel>
  );
}
