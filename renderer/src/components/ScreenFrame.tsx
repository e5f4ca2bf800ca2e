import type { ReactNode } from 'react';
import { useId } from 'react';
import type { Screen } from '../router';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  name: Screen;
  title: string;
  subtitle?: string;
  /** True while the screen's first data is loading: sets aria-busy so tests and screen readers can wait. */
  busy: boolean;
  errors?: readonly unknown[];
  onRetry?: () => void;
  actions?: ReactNode;
  children: ReactNode;
}

/** The main landmark of one screen: heading, API errors, and the content. */
export function ScreenFrame({ name, title, subtitle, busy, errors = [], onRetry, actions, children }: Props) {
  const headingId = useId();
  const firstError = errors.find((e) => e !== null && e !== undefined);
  return (
    <main className="screen" id="main" data-testid={`screen-${name}`} aria-busy={busy} aria-labelledby={headingId} tabIndex={-1}>
      <header className="screen-header">
        <div>
          <h1 id={headingId}>{title}</h1>
          {subtitle && <p className="screen-subtitle">{subtitle}</p>}
        </div>
        {actions && <div className="screen-actions">{actions}</div>}
      </header>
      {firstError !== undefined && <ErrorAlert error={firstError} onRetry={onRetry} />}
      {children}
    </main>
  );
}
