import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, PRIORITIES, THEMES, type Level, type Priority, type Theme } from '../../../../../shared/domain/constants';
import type { PlanRequest } from '../../../../../shared/domain/planning/model';
import { EMPTY_FILTER, WAITING_STEPS, type UnplannedFilter } from './unplannedFilter';

interface Props {
  filter: UnplannedFilter;
  onChange: (f: UnplannedFilter) => void;
  regions: readonly string[];
}

const SIZES: PlanRequest['smeSizeClass'][] = ['micro', 'small', 'other'];

/** The filters of the waiting list, two to a row. Every select has an "all" choice. */
export function UnplannedFilters({ filter, onChange, regions }: Props) {
  const { t } = useTranslation();
  const all = t('plannerEdit.list.any');
  const set = <K extends keyof UnplannedFilter>(k: K, v: UnplannedFilter[K]) => onChange({ ...filter, [k]: v });
  return (
    <div className="pl-filters" data-testid="unplanned-filters">
      <Select label={t('plannerEdit.list.theme')} value={filter.theme} onChange={(v) => set('theme', v as Theme | '')}
        options={[['', all], ...THEMES.map((x) => [x, t(`enums.theme.${x}`)] as const)]} />
      <Select label={t('plannerEdit.list.level')} value={filter.level} onChange={(v) => set('level', v as Level | '')}
        options={[['', all], ...LEVELS.map((x) => [x, t(`enums.level.${x}`)] as const)]} />
      <Select label={t('plannerEdit.list.region')} value={filter.region} onChange={(v) => set('region', v)}
        options={[['', all], ...regions.map((x) => [x, x] as const)]} />
      <Select label={t('plannerEdit.list.size')} value={filter.size} onChange={(v) => set('size', v as UnplannedFilter['size'])}
        options={[['', all], ...SIZES.map((x) => [x, t(`enums.sizeClass.${x}`)] as const)]} />
      <Select label={t('plannerEdit.list.priority')} value={filter.priority} onChange={(v) => set('priority', v as Priority | '')}
        options={[['', all], ...[...PRIORITIES].reverse().map((x) => [x, t(`enums.priority.${x}`)] as const)]} />
      <Select label={t('plannerEdit.list.waiting')} value={String(filter.waiting)}
        onChange={(v) => set('waiting', Number(v) as UnplannedFilter['waiting'])}
        options={WAITING_STEPS.map((d) => [String(d), d === 0 ? all : t('plannerEdit.list.waitingOver', { count: d })] as const)} />
      <button type="button" className="btn btn-link btn-sm pl-filters-clear"
        onClick={() => onChange({ ...EMPTY_FILTER, search: filter.search, sort: filter.sort })}>
        {t('plannerEdit.list.clearFilters')}
      </button>
    </div>
  );
}

function Select({ label, value, onChange, options }: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: readonly (readonly [string, string])[];
}) {
  const id = useId();
  return (
    <div className="pl-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select select-sm" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}
