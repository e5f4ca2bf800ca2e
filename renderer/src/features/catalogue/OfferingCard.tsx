import { useTranslation } from 'react-i18next';
import type { OfferingRow } from '../../../../shared/schemas/rows';
import { LevelTags, ThemeTag } from '../../components/Chips';
import { formatHours } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';

/**
 * One menukaart item. The name is a button whose click area covers the whole card, so a click anywhere opens
 * the edit panel while keyboard and screen-reader users meet one clearly named control per card.
 */
export function OfferingCard({ offering: o, onOpen, highlighted }: { offering: OfferingRow; onOpen: () => void; highlighted: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const duration = o.durationUnit === 'days' ? t('common.days', { count: o.durationValue }) : t('common.weeks', { count: o.durationValue });
  const classes = ['offering-card', 'is-clickable', o.archived ? 'is-archived' : '', highlighted ? 'is-highlighted' : ''];
  return (
    <li className={classes.filter(Boolean).join(' ')} data-testid="offering-card" data-offering-id={o.id}>
      <div className={`offering-accent theme-${o.theme}`} aria-hidden="true" />
      <div className="offering-body">
        <div className="offering-top">
          <ThemeTag theme={o.theme} />
          {o.archived && <span className="chip chip-muted">{t('catalogue.archived')}</span>}
        </div>
        <h2 className="offering-name">
          <button type="button" className="offering-open" onClick={onOpen} aria-label={t('smesEdit.offering.open', { name: o.name })}>
            {o.name}
          </button>
        </h2>
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
