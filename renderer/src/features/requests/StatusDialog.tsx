import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { REQUEST_STATUSES, type RequestStatus } from '../../../../shared/domain/constants';
import { SelectField, TextAreaField, useZodForm } from '../../components/form';
import { needsReason } from './board/boardModel';

const statusForm = z
  .object({ status: z.enum(REQUEST_STATUSES), reason: z.string().trim().max(500) })
  .refine((v) => !needsReason(v.status) || v.reason.length > 0, { message: 'field.required', path: ['reason'] });

export interface StatusTarget {
  id: number;
  smeName: string;
  offeringName: string | null;
  status: RequestStatus;
}

interface Props {
  request: StatusTarget;
  /** Set when the new status is already chosen (a drop on the board); otherwise the dialog offers a choice. */
  status?: RequestStatus | undefined;
  onCancel: () => void;
  /** Saves the change; throws to keep the dialog open with the message. */
  onSave: (status: RequestStatus, reason: string | null) => Promise<void>;
}

/**
 * A small modal that asks for a new status and, for afgewezen and ingetrokken, the reason (required). Cancel or
 * Escape leaves everything as it was.
 */
export function StatusDialog({ request, status, onCancel, onSave }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const form = useZodForm(statusForm, { status: status ?? request.status, reason: '' });
  const chosen = form.values.status;

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    void form.submit(async (v) => {
      if (v.status === request.status) return onCancel();
      await onSave(v.status, needsReason(v.status) ? v.reason : null);
    });
  };

  const title = status === 'rejected' ? t('requestsEdit.status.rejectTitle')
    : status === 'withdrawn' ? t('requestsEdit.status.withdrawTitle')
      : t('requestsEdit.status.changeTitle');
  return (
    <dialog ref={ref} className="dialog status-dialog" aria-labelledby={titleId} data-testid="status-dialog"
      onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <form onSubmit={submit} noValidate>
        <h2 id={titleId}>{title}</h2>
        <p className="status-dialog-subject">
          <strong>{request.smeName}</strong>
          {request.offeringName && <> · {request.offeringName}</>}
          <br />
          {t('requestsEdit.status.current', { status: t(`enums.requestStatus.${request.status}`) })}
        </p>
        {form.formError && <div className="alert alert-error" role="alert">{form.formError}</div>}
        <div className="status-dialog-fields">
          {!status && (
            <SelectField label={t('requestsEdit.status.newStatus')} value={chosen} error={form.errors.status}
              options={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`enums.requestStatus.${s}`) }))}
              onChange={(v) => v && form.set('status', v)} />
          )}
          {needsReason(chosen) && (
            <TextAreaField label={t('requestsEdit.status.reason')} required rows={3} value={form.values.reason}
              error={form.errors.reason} hint={t('requestsEdit.status.reasonHint')}
              onChange={(v) => form.set('reason', v)} />
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={form.busy}>{t('common.cancel')}</button>
          <button type="submit" className={`btn ${needsReason(chosen) ? 'btn-danger' : 'btn-primary'}`} disabled={form.busy}>
            {form.busy ? t('forms.saving') : t('requestsEdit.status.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
