import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES, type Theme } from '../../../../shared/domain/constants';
import type { OfferingRow } from '../../../../shared/schemas/rows';
import { useOfferings } from '../../api/hooks';
import { Field } from '../../components/Card';
import { LevelTags, ThemeTag } from '../../components/Chips';
import { ScreenFrame } from '../../components/ScreenFrame';
import { SearchIcon } from '../../components/icons';
import { normalizeText } from '../../components/table/features';
import { formatHours } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';

export function CatalogueScreen() {
  const { t } = useTranslation();
  const offerings = useOfferings();
  const [query, setQuery] = useState('');
  const [theme, setTheme] = useState<Theme | ''>('');

  const shown = useMemo(() => {
    const q = normalizeText(query.trim());
    return (offerings.data ?? [])
      .filter((o) => (theme ? o.theme === theme : true))
      .filter((o) => (q ? normalizeText(`${o.name} ${o.description}`).includes(q) : true))
      .sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name, 'nl'));
  }, [offerings.data, query, theme]);

  return (
    <ScreenFrame
      name="catalogue"
      title={t('catalogue.title')}
      subtitle={t('catalogue.subtitle')}
      busy={offerings.isPending}
      errors={[offerings.error]}
      onRetry={() => void offerings.refetch()}
    >
      <div className="toolbar-row">
        <label className="search search-lg">
          <SearchIcon size={16} />
          <span className="sr-only">{t('catalogue.search')}</span>
          <input type="search" value={query} placeholder={t('catalogue.search')} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <Field label={t('catalogue.themeFilter')}>
          {(id) => (
            <select id={id} className="select" value={theme} onChange={(e) => setTheme(e.target.value as Theme | '')}>
              <option value="">{t('common.all')}</option>
              {THEMES.map((th) => <option key={th} value={th}>{t(`enums.theme.${th}`)}</option>)}
            </select>
          )}
        </Field>
        <span className="row-count" aria-live="polite" data-testid="row-count">
          {t('catalogue.count', { shown: shown.length, total: offerings.data?.length ?? 0 })}
        </span>
      </div>
      {offerings.data && offerings.data.length === 0 && <p className="empty-state">{t('common.empty')}</p>}
      <ul className="offering-grid" data-testid="offering-list">
        {shown.map((o) => <OfferingCard key={o.id} offering={o} />)}
      </ul>
    </ScreenFrame>
  );
}

function OfferingCard({ offering: o }: { offering: OfferingRow }) {
  const { t } = useTranslation();
  const lang = useLang();
  const duration = o.durationUnit === 'days' ? t('common.days', { count: o.durationValue }) : t('common.weeks', { count: o.durationValue });
  return (
    <li className={`offering-card${o.archived ? ' is-archived' : ''}`} data-testid="offering-card">
      <div className={`offering-accent theme-${o.theme}`} aria-hidden="true" />
      <div className="offering-body">
        <div className="offering-top">
          <ThemeTag theme={o.theme} />
          {o.archived && <span className="chip chip-muted">{t('catalogue.archived')}</span>}
        </div>
        <h2 className="offering-name">{o.name}</h2>
        <p className="offering-description">{o.description}</p>
        <dl className="offering-facts">
          <div><dt>{t('catalogue.duration')}</dt><dd>{duration}</dd></div>
          <div><dt>{t('catalogue.effort')}</dt><dd>{formatHours(o.effortMinutes, lang)}</dd></div>
          <div><dt>{t('catalogue.teamSize')}</dt><dd>{t('catalogue.students', { count: o.teamSize })}</dd></div>
        </dl>
        <div className="offering-levels">
          <span className="sr-only">{t('catalogue.levels')}: </span>
          <LevelTags levels={o.levels} />
        </div>
        <div className="offering-footer">
          <span>{t('catalogue.programmes', { count: o.programmeCount })}</span>
          <span>{t('catalogue.requests', { count: o.requestCount })}</span>
        </div>
      </div>
    </li>
  );
}
