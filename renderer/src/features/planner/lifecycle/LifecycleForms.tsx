import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { evaluationInput } from '../../../../../shared/schemas/planner';
import { call } from '../../../api/client';
import { CheckboxField, FormPanel, NumberField, TextAreaField, useZodForm } from '../../../components/form';

interface Subject {
  assignmentId: number;
  sme: string;
  detail: string;
}

interface Props extends Subject {
  onClose: () => void;
  /** After a successful save (the core has sent data:changed; the grid refetches by itself). */
  onSaved: (text: string) => void;
}

type EvaluationValues = z.input<typeof evaluationInput>;

interface PanelProps {
  form: { busy: boolean; formError: string | null; errors: Record<string, string | undefined> };
  title: string;
  detail: string;
  submitLabel: string;
  /** Saves through the form; true when the core accepted it. */
  save: () => Promise<boolean>;
  /** The toast text after a successful save. */
  savedText: string;
  onClose: () => void;
  onSaved: (text: string) => void;
  children: ReactNode;
}

/** The side panel both life-cycle forms share: save, then tell the board and close. */
function LifecyclePanel({ form, title, detail, submitLabel, save, savedText, onClose, onSaved, children }: PanelProps) {
  const submit = async () => {
    if (await save()) {
      onSaved(savedText);
      onClose();
    }
  };
  return (
    <FormPanel open title={title} subtitle={detail} busy={form.busy} formError={form.formError}
      errorCount={Object.keys(form.errors).length} onSubmit={() => void submit()} onClose={onClose} submitLabel={submitLabel}>
      {children}
    </FormPanel>
  );
}

/** The SME's evaluation of delivered work: two scores from 1 to 10, whether the result was handed over, next steps. */
export function EvaluateForm({ assignmentId, sme, detail, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useZodForm(evaluationInput, {
    assignmentId, satisfaction: null, wouldRecommend: null, deliverableGiven: false, nextSteps: '',
  } as unknown as EvaluationValues);
  // An empty score is "required", not zod's generic "not valid".
  const scoreError = (value: unknown, error: string | undefined) =>
    error && (value === null || value === undefined) ? t('plannerEdit.evaluation.scoreRequired') : error;
  return (
    <LifecyclePanel form={form} title={t('plannerEdit.evaluation.title', { sme })} detail={detail}
      submitLabel={t('plannerEdit.evaluation.save')} save={() => form.submit((v) => call('assignments:evaluate', v))}
      savedText={t('plannerEdit.done.evaluated', { sme })} onClose={onClose} onSaved={onSaved}>
      <p className="field-help pl-form-intro">{t('plannerEdit.evaluation.intro')}</p>
      <div className="pl-form-pair">
        <NumberField label={t('plannerEdit.evaluation.satisfaction')} required min={1} max={10} step={1}
          value={form.values.satisfaction as number | null} error={scoreError(form.values.satisfaction, form.errors.satisfaction)}
          onChange={(v) => form.set('satisfaction', v as number)} />
        <NumberField label={t('plannerEdit.evaluation.recommend')} required min={1} max={10} step={1}
          value={form.values.wouldRecommend as number | null} error={scoreError(form.values.wouldRecommend, form.errors.wouldRecommend)}
          onChange={(v) => form.set('wouldRecommend', v as number)} />
      </div>
      <CheckboxField label={t('plannerEdit.evaluation.deliverable')} checked={form.values.deliverableGiven}
        onChange={(v) => form.set('deliverableGiven', v)} />
      <TextAreaField label={t('plannerEdit.evaluation.nextSteps')} rows={4} value={form.values.nextSteps ?? ''}
        error={form.errors.nextSteps} onChange={(v) => form.set('nextSteps', v)} />
    </LifecyclePanel>
  );
}

const cancelForm = z.object({ reason: z.string().trim().min(1, 'field.required').max(500) });

/** Cancelling needs a reason; the request goes back to the waiting list with the reason in its history. */
export function CancelForm({ assignmentId, sme, detail, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useZodForm(cancelForm, { reason: '' });
  return (
    <LifecyclePanel form={form} title={t('plannerEdit.cancel.title', { sme })} detail={detail} submitLabel={t('plannerEdit.cancel.save')}
      save={() => form.submit((v) => call('assignments:setStatus', { assignmentId, status: 'cancelled', reason: v.reason }))}
      savedText={t('plannerEdit.done.cancelled', { sme })} onClose={onClose} onSaved={onSaved}>
      <TextAreaField label={t('plannerEdit.cancel.reason')} required rows={4} value={form.values.reason}
        error={form.errors.reason} hint={t('plannerEdit.cancel.hint')} onChange={(v) => form.set('reason', v)} />
    </LifecyclePanel>
  );
}
