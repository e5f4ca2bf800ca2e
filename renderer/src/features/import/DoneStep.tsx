import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/schemas/importRequests';

/** Step 4: what was written, and that it was one undoable step. */
export function DoneStep({ result, onAnother, onClose }: { result: ImportResult; onAnother: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The buttons that led here are gone; put the focus on the outcome so it is read out.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="import-done" data-testid="import-done">
      <h3 ref={heading} tabIndex={-1} className="import-h3">{t('importRequests.done.title')}</h3>
      <div className="alert import-success" role="status">
        <div className="alert-body">
          <p><strong>{t('importRequests.done.summary', { count: result.requests })}</strong></p>
          <p>{t('importRequests.done.smes', { created: result.newSmes, updated: result.updatedSmes })}</p>
          {result.skipped > 0 && <p>{t('importRequests.done.skipped', { count: result.skipped })}</p>}
          <p className="field-help">{t('importRequests.done.undo')}</p>
        </div>
      </div>
      <footer className="import-footer">
        <button type="button" className="btn btn-secondary" onClick={onAnother}>{t('importRequests.done.another')}</button>
        <button type="button" className="btn btn-primary" onClick={onClose}>{t('importRequests.done.close')}</button>
      </footer>
    </section>
  );
}
