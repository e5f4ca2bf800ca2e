import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchivedTag } from '../../components/ArchivedToggle';

interface Props {
  /** What the row is called, so each button has a name of its own for screen readers and tests. */
  name: string;
  archived?: boolean;
  onEdit: () => void;
  onArchive?: (archived: boolean) => void;
  busy?: boolean;
  /** Extra buttons between Edit and Archive (e.g. Teams). */
  children?: ReactNode;
}

// Clicks on a button must not also select the row underneath (the terms table selects a term on row click).
const only = (fn: () => void) => (e: MouseEvent) => {
  e.stopPropagation();
  fn();
};

/** The Edit and Archive/Restore buttons at the end of a table row. */
export function RowActions({ name, archived = false, onEdit, onArchive, busy, children }: Props) {
  const { t } = useTranslation();
  return (
    <span className="row-actions">
      <button type="button" className="btn btn-link btn-sm" onClick={only(onEdit)} aria-label={t('educationEdit.editNamed', { name })}>
        {t('forms.edit')}
      </button>
      {children}
      {onArchive && (
        <button
          type="button"
          className="btn btn-link btn-sm"
          disabled={busy}
          onClick={only(() => onArchive(!archived))}
          aria-label={t(archived ? 'educationEdit.restoreNamed' : 'educationEdit.archiveNamed', { name })}
        >
          {t(archived ? 'forms.restore' : 'forms.archive')}
        </button>
      )}
    </span>
  );
}

/** The name cell of a record that may be archived: archived rows say so in words, not only in colour. */
export function NameCell({ name, archived, minor }: { name: string; archived: boolean; minor?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`name-cell${archived ? ' name-archived' : ''}`}>
      <strong className="strong">{name}</strong>
      {minor && <span className="tag">{t('educationEdit.minor')}</span>}
      {archived && <ArchivedTag />}
    </span>
  );
}
