import { useEffect, useId, useLayoutEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  title: string;
  subtitle?: string;
  busy?: boolean;
  formError?: string | null;
  errorCount?: number;
  onSubmit: () => void;
  onClose: () => void;
  /** Extra buttons on the left of the footer (archive, restore, delete…). */
  secondary?: ReactNode;
  submitLabel?: string;
  /** The submit button is shown but cannot be used (e.g. nothing to save yet). */
  submitDisabled?: boolean;
  /** No Cancel button: for a panel that only reports a result, where the submit button closes it. */
  hideCancel?: boolean;
  children: ReactNode;
  wide?: boolean;
}

/**
 * A modal side panel holding one form. Escape or the close button cancels; Enter in a field submits.
 * Errors stay visible next to their fields and are counted at the top for screen-reader users.
 */
export function FormPanel({ open, title, subtitle, busy, formError, errorCount = 0, onSubmit, onClose, secondary, submitLabel, submitDisabled, hideCancel, children, wide }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      // Start in the first field rather than on the close button, so the user can type right away.
      d.querySelector<HTMLElement>('.panel-body :is(input:not([type="radio"], [type="hidden"]), input[type="radio"]:checked, select, textarea):not([disabled])')?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);
  // A panel that is unmounted while open (rendered only while needed) is closed first, before it leaves the
  // page, so the browser returns the focus to the button that opened it.
  useLayoutEffect(() => {
    const d = ref.current;
    return () => {
      if (d?.open) d.close();
    };
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy && !submitDisabled) onSubmit();
  };
  return (
    <dialog ref={ref} className={`panel${wide ? ' panel-wide' : ''}`} aria-labelledby={titleId}
      onCancel={(e) => { e.preventDefault(); onClose(); }}>
      {open && (
        <form className="panel-form" onSubmit={submit} noValidate>
          <header className="panel-header">
            <div>
              <h2 id={titleId}>{title}</h2>
              {subtitle && <p className="panel-subtitle">{subtitle}</p>}
            </div>
            <button type="button" className="btn btn-ghost btn-icon" onClick={onClose} aria-label={t('forms.closePanel')}>×</button>
          </header>
          <div className="panel-body">
            {(formError || errorCount > 0) && (
              <div className="alert alert-error" role="alert">
                {formError ?? t('forms.fixErrors', { count: errorCount })}
              </div>
            )}
            {children}
          </div>
          <footer className="panel-footer">
            <div className="panel-footer-secondary">{secondary}</div>
            {!hideCancel && <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>{t('common.cancel')}</button>}
            <button type="submit" className="btn btn-primary" disabled={busy || submitDisabled}>{busy ? t('forms.saving') : (submitLabel ?? t('forms.save'))}</button>
          </footer>
        </form>
      )}
    </dialog>
  );
}
