import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRequest } from '../../../../../shared/domain/planning/model';
import { SearchIcon } from '../../../components/icons';
import { activeFilters, EMPTY_FILTER, filterRequests, SORTS, type SortKey, type UnplannedFilter } from './unplannedFilter';
import { RequestCardView } from './RequestCardView';
import { UnplannedFilters } from './UnplannedFilters';

const PAGE = 60;

interface Props {
  requests: readonly PlanRequest[];
  today: string;
  selected: ReadonlySet<number>;
  dimmed: ReadonlySet<number>;
  locked: boolean;
  onClearSelection: () => void;
}

/** The requests waiting for a team, with search, filters and sort; drag a card onto the grid to plan it. */
export function UnplannedPanel({ requests, today, selected, dimmed, locked, onClearSelection }: Props) {
  const { t } = useTranslation();
  const sortId = useId();
  const [filter, setFilter] = useState<UnplannedFilter>(EMPTY_FILTER);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const regions = useMemo(() => [...new Set(requests.map((r) => r.smeRegion).filter((r): r is string => !!r))].sort((a, b) => a.localeCompare(b, 'nl')), [requests]);
  const shown = useMemo(() => filterRequests(requests, filter, today), [requests, filter, today]);
  const active = activeFilters(filter);
  const change = (f: UnplannedFilter) => {
    setFilter(f);
    setLimit(PAGE);
  };

  return (
    <div className="pl-list" data-testid="unplanned-panel">
      <div className="pl-list-tools" role="search" aria-label={t('plannerEdit.list.filters')}>
        <label className="search pl-list-search">
          <SearchIcon size={16} />
          <span className="sr-only">{t('plannerEdit.list.searchLabel')}</span>
          <input type="search" value={filter.search} placeholder={t('plannerEdit.list.search')}
            onChange={(e) => change({ ...filter, search: e.target.value })} data-testid="unplanned-search" />
        </label>
        <div className="pl-list-row">
          <button type="button" className={`btn btn-secondary btn-sm pl-filter-toggle${active > 0 ? ' has-active' : ''}`}
            aria-expanded={filtersOpen} onClick={() => setFiltersOpen((o) => !o)}
            aria-label={active > 0 ? t('plannerEdit.list.filtersActive', { count: active }) : undefined}>
            {t('plannerEdit.list.filters')}
            {active > 0 && <span className="pl-badge" aria-hidden="true">{active}</span>}
          </button>
          <label htmlFor={sortId} className="sr-only">{t('plannerEdit.list.sort')}</label>
          <select id={sortId} className="select select-sm pl-sort" value={filter.sort}
            onChange={(e) => change({ ...filter, sort: e.target.value as SortKey })}>
            {SORTS.map((s) => <option key={s} value={s}>{t(`plannerEdit.list.sortBy.${s}`)}</option>)}
          </select>
        </div>
        {filtersOpen && <UnplannedFilters filter={filter} onChange={change} regions={regions} />}
      </div>
      <div className="pl-list-status">
        <span data-testid="unplanned-count" aria-live="polite">
          {t('plannerEdit.list.count', { shown: shown.length, total: requests.length })}
        </span>
        {selected.size > 0 && (
          <span className="pl-list-selection">
            {t('plannerEdit.list.selected', { count: selected.size })}
            <button type="button" className="btn btn-link btn-sm" onClick={onClearSelection}>{t('plannerEdit.list.clearSelection')}</button>
          </span>
        )}
      </div>
      <div className="pl-list-scroll" data-testid="unplanned-list">
        {shown.length === 0 ? (
          <p className="pl-empty">{requests.length === 0 ? t('plannerEdit.list.empty') : t('plannerEdit.list.emptyFiltered')}</p>
        ) : (
          shown.slice(0, limit).map((r) => (
            <RequestCardView key={r.id} request={r} today={today} selected={selected.has(r.id)} dimmed={dimmed.has(r.id)} locked={locked} />
          ))
        )}
        {shown.length > limit && (
          <button type="button" className="btn btn-secondary btn-sm pl-more" onClick={() => setLimit((l) => l + PAGE)}>
            {t('plannerEdit.list.showMore', { count: Math.min(PAGE, shown.length - limit) })}
          </button>
        )}
      </div>
      <p className="pl-list-hint">{t('plannerEdit.list.hint')}</p>
    </div>
  );
}
