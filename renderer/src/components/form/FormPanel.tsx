import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
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
  children: ReactNode;
  wide?: boolean;
}

/**
 * A modal side panel holding one form. Escape or the close button cancels; Enter in a field submits.
 * Errors stay visible next to their fields and are counted at the top for screen-reader users.
 */
export function FormPanel({ open, title, subtitle, busy, formError, errorCount = 0, onSubmit, onClose, secondary, submitLabel, children, wide }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onSubmit();
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
            <button type="button" className="btn btn-secondary" onClick={onClose} disabled={busy}>{t('common.cancel')}</button>
            <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? t('forms.saving') : (submitLabel ?? t('forms.save'))}</button>
          </footer>
        </form>
      )}
    </dialog>
  );
}
