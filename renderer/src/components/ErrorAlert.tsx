import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../api/client';
import { AlertIcon } from './icons';

/** A readable, announced error: the core's message in the UI language, with its code for support. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : null;
  return (
    <div className="alert alert-error" role="alert" data-testid="api-error" data-code={code ?? undefined}>
      <AlertIcon className="alert-icon" />
      <div className="alert-body">
        <strong>{t('common.errorTitle')}</strong>
        <p>{errorMessage(error)}</p>
        {code && <p className="alert-code">{code}</p>}
      </div>
      {onRetry && (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
