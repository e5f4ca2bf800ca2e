import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './archivedToggle.css';

interface Props {
  checked: boolean;
  onChange: (value: boolean) => void;
  /** How many archived records there are; shown after the label when known and not zero. */
  count?: number;
  testId?: string;
}

/**
 * The one "show archived" switch of every list that can hold archived records (schools, programmes, terms,
 * cohorts, menukaart, SMEs, requests). Archived rows then show among the others, marked in words, and open
 * to a panel with Restore.
 */
export function ArchivedToggle({ checked, onChange, count, testId = 'show-archived' }: Props) {
  const { t } = useTranslation();
  return (
    <label className="checkbox archived-toggle" data-testid={testId}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>
        {t('forms.showArchived')}
        {count !== undefined && count > 0 && <span className="archived-toggle-count"> ({count})</span>}
      </span>
    </label>
  );
}

/** Rows with an `archived` flag: the shown ones (archived only when asked), how many are archived, and the switch state. */
export function useArchivedFilter<T extends { archived: boolean }>(rows: readonly T[] | undefined) {
  const [showArchived, setShowArchived] = useState(false);
  const shown = useMemo(() => rows?.filter((r) => showArchived || !r.archived), [rows, showArchived]);
  const archivedCount = useMemo(() => rows?.filter((r) => r.archived).length ?? 0, [rows]);
  return { shown, archivedCount, showArchived, setShowArchived };
}

/** The small "archived" tag after a record's name. */
export function ArchivedTag() {
  const { t } = useTranslation();
  return <span className="tag tag-archived">{t('forms.archived')}</span>;
}
