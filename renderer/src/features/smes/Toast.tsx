import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

// A short confirmation after a save or archive, at the bottom of the window. The live region is always in the
// DOM so screen readers announce the text when it appears. (Used by the SME and menukaart screens.)

const SHOW_MS = 8000;

export interface ToastState { key: number; text: string }

export function useToast() {
  const [toast, setToast] = useState<ToastState | null>(null);
  const show = useCallback((text: string) => setToast({ key: Date.now(), text }), []);
  const dismiss = useCallback(() => setToast(null), []);
  return { toast, show, dismiss };
}

export function Toast({ toast, onClose }: { toast: ToastState | null; onClose: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, SHOW_MS);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast" key={toast.key} data-testid="toast">
          <span>{toast.text}</span>
          <button type="button" className="btn btn-link btn-sm toast-close" onClick={onClose} aria-label={t('smesEdit.toastClose')}>×</button>
        </div>
      )}
    </div>
  );
}
