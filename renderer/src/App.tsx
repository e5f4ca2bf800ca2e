import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo, useSettings } from './api/hooks';
import { ErrorAlert } from './components/ErrorAlert';
import { Nav } from './components/Nav';
import { TopBar } from './components/TopBar';
import { Loading } from './components/Card';
import { applyLanguage } from './i18n';
import { useRoute, type Screen } from './router';
import { PlannerScreen } from './features/planner/PlannerScreen';
import { RequestsScreen } from './features/requests/RequestsScreen';
import { SmesScreen } from './features/smes/SmesScreen';
import { EducationScreen } from './features/schools/EducationScreen';
import { CatalogueScreen } from './features/catalogue/CatalogueScreen';
import { HoursScreen } from './features/hours/HoursScreen';
import { EventsScreen } from './features/events/EventsScreen';
import { ReportsScreen } from './features/reports/ReportsScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';

function ScreenView({ screen, sub }: { screen: Screen; sub: string | null }) {
  switch (screen) {
    case 'planner': return <PlannerScreen />;
    case 'requests': return <RequestsScreen />;
    case 'smes': return <SmesScreen />;
    case 'education': return <EducationScreen sub={sub} />;
    case 'catalogue': return <CatalogueScreen />;
    case 'events': return <EventsScreen />;
    case 'hours': return <HoursScreen />;
    case 'reports': return <ReportsScreen />;
    case 'settings': return <SettingsScreen />;
  }
}

export function App() {
  const { t } = useTranslation();
  const [route] = useRoute();
  const info = useAppInfo();
  const settings = useSettings();
  const language = settings.data?.language;

  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);

  const loaded = info.isSuccess && settings.isSuccess;
  useEffect(() => {
    // Runs after the shell and the first screen have been committed to the DOM: tests wait for this
    // instead of sleeping.
    if (loaded) document.documentElement.dataset.ready = 'true';
  }, [loaded]);

  useEffect(() => {
    document.title = `${t(`nav.${route.screen}`)} · ${t('app.name')}`;
  }, [route.screen, t]);

  const startupError = info.error ?? settings.error;
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('common.skipToContent')}
      </a>
      <Nav current={route.screen} />
      <div className="content">
        {info.data && <TopBar info={info.data} />}
        {startupError ? (
          <main className="screen" id="main">
            <ErrorAlert error={startupError} onRetry={() => { void info.refetch(); void settings.refetch(); }} />
          </main>
        ) : loaded ? (
          <ScreenView key={route.screen} screen={route.screen} sub={route.sub} />
        ) : (
          <main className="screen" id="main" aria-busy="true"><Loading /></main>
        )}
      </div>
    </div>
  );
}
