import type { ReactNode } from 'react';
import { useId } from 'react';

interface Props {
  title?: string;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
  testId?: string;
}

/** A titled panel; the title labels the region for screen readers. */
export function Card({ title, actions, className, children, testId }: Props) {
  const id = useId();
  return (
    <section className={`card ${className ?? ''}`} aria-labelledby={title ? id : undefined} data-testid={testId}>
      {(title || actions) && (
        <div className="card-header">
          {title && <h2 id={id}>{title}</h2>}
          {actions && <div className="card-actions">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}

export function Kpi({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  return (
    <div className="kpi" data-testid={testId}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{value}</div>
      {hint && <div className="kpi-hint">{hint}</div>}
    </div>
  );
}

export function Field({ label, children, help }: { label: string; children: (id: string) => ReactNode; help?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {help && <p className="field-help">{help}</p>}
    </div>
  );
}

export function Loading() {
  return <div className="loading" aria-hidden="true"><span className="spinner" /></div>;
}
