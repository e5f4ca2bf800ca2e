import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, type Screen } from '../router';
import { EventsIcon } from '../features/events/EventsIcon';
import {
  CatalogueIcon, EducationIcon, HoursIcon, LogoMark, PlannerIcon, ReportsIcon, RequestsIcon, SettingsIcon, SmeIcon,
} from './icons';

const ITEMS: { screen: Screen; icon: ComponentType<{ size?: number }> }[] = [
  { screen: 'planner', icon: PlannerIcon },
  { screen: 'requests', icon: RequestsIcon },
  { screen: 'smes', icon: SmeIcon },
  { screen: 'education', icon: EducationIcon },
  { screen: 'catalogue', icon: CatalogueIcon },
  { screen: 'events', icon: EventsIcon },
  { screen: 'hours', icon: HoursIcon },
  { screen: 'reports', icon: ReportsIcon },
];

/** The left navigation: plain links to hash routes, so the browser gives keyboard and middle-click for free. */
export function Nav({ current }: { current: Screen }) {
  const { t } = useTranslation();
  const link = ({ screen, icon: Icon }: (typeof ITEMS)[number]) => (
    <li key={screen}>
      <a
        href={hrefFor(screen)}
        className="nav-link"
        aria-current={current === screen ? 'page' : undefined}
        data-testid={`nav-${screen}`}
      >
        <Icon size={20} />
        <span>{t(`nav.${screen}`)}</span>
      </a>
    </li>
  );
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <LogoMark size={32} />
        <div>
          <div className="brand-name">{t('app.name')}</div>
          <div className="brand-tagline">{t('app.tagline')}</div>
        </div>
      </div>
      <ul className="nav-list">{ITEMS.map(link)}</ul>
      <ul className="nav-list nav-bottom">{link({ screen: 'settings', icon: SettingsIcon })}</ul>
    </nav>
  );
}
