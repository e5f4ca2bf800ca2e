import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type Priority } from '../../../../../shared/domain/constants';
import { SearchIcon } from '../../../components/icons';
import { formatNumber } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import type { BoardFilter } from './boardModel';

interface Props {
  filter: BoardFilter;
  onChange: (f: BoardFilter) => void;
  owners: readonly string[];
  shown: number;
  total: number;
  /** Archived requests are not on the board; this leads to them (the table with "show archived" on). */
  archivedCount?: number;
  onShowArchived?: () => void;
}

// The owner select needs a value for "no owner" that no staff name can have.
const NO_OWNER = '\u0000none';
const ALL = '';

/** Search and filters above the board: company, offering or owner by text; priority and owner by choice. */
export function BoardFilters({ filter, onChange, owners, shown, total, archivedCount = 0, onShowArchived }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const priorityId = useId();
  const ownerId = useId();
  const filtering = filter.text !== '' || filter.priority !== null || filter.owner !== null;
  return (
    <div className="board-toolbar" role="search" aria-label={t('requestsEdit.board.filters')}>
      <label className="search search-lg">
        <SearchIcon size={16} />
        <span className="sr-only">{t('requestsEdit.board.searchLabel')}</span>
        <input
          type="search"
          value={filter.text}
          placeholder={t('requestsEdit.board.search')}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
          data-testid="board-search"
        />
      </label>
      <div className="board-filter">
        <label htmlFor={priorityId}>{t('requestsEdit.fields.priority')}</label>
        <select id={priorityId} className="select" value={filter.priority ?? ALL}
          onChange={(e) => onChange({ ...filter, priority: e.target.value === ALL ? null : (e.target.value as Priority) })}>
          <option value={ALL}>{t('requestsEdit.board.allPriorities')}</option>
          {PRIORITIES.map((p) => <option key={p} value={p}>{t(`enums.priority.${p}`)}</option>)}
        </select>
      </div>
      <div className="board-filter">
        <label htmlFor={ownerId}>{t('requestsEdit.fields.owner')}</label>
        <select id={ownerId} className="select" value={filter.owner === null ? ALL : filter.owner === '' ? NO_OWNER : filter.owner}
          onChange={(e) => {
            const v = e.target.value;
            onChange({ ...filter, owner: v === ALL ? null : v === NO_OWNER ? '' : v });
          }}>
          <option value={ALL}>{t('requestsEdit.board.allOwners')}</option>
          <option value={NO_OWNER}>{t('requestsEdit.board.withoutOwner')}</option>
          {owners.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </div>
      <div className="toolbar-spacer" />
      {filtering && (
        <button type="button" className="btn btn-link btn-sm" onClick={() => onChange({ text: '', priority: null, owner: null })}>
          {t('table.clearFilters')}
        </button>
      )}
      {onShowArchived && archivedCount > 0 && (
        <button type="button" className="btn btn-link btn-sm" onClick={onShowArchived} data-testid="board-archived">
          {t('requestsEdit.board.archivedLink', { count: archivedCount })}
        </button>
      )}
      <span className="row-count" aria-live="polite" data-testid="board-count">
        {t('requestsEdit.board.shown', { shown: formatNumber(shown, lang), total: formatNumber(total, lang) })}
      </span>
    </div>
  );
}
