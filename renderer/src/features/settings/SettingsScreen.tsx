import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain/constants';
import { useAppInfo, useSetLanguage, useSettings } from '../../api/hooks';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenFrame } from '../../components/ScreenFrame';
import { StartEmptyButton } from '../../components/TopBar';
import { applyLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { SuggestWeights } from './SuggestWeights';

export function SettingsScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const info = useAppInfo();
  const settings = useSettings();
  const setLanguage = useSetLanguage();
  const queryClient = useQueryClient();

  const choose = (language: Language) => {
    applyLanguage(language);
    setLanguage.mutate(
      { language },
      // Put the stored value in the cache right away; data:changed refetches it too.
      { onSuccess: (value) => queryClient.setQueryData(['settings:get', null], value) },
    );
  };

  const i = info.data;
  return (
    <ScreenFrame
      name="settings"
      title={t('settings.title')}
      subtitle={t('settings.subtitle')}
      busy={info.isPending || settings.isPending}
      errors={[info.error, settings.error]}
      onRetry={() => { void info.refetch(); void settings.refetch(); }}
    >
      <div className="grid-2">
        <Card title={t('settings.language')}>
          <fieldset className="radio-group">
            <legend className="sr-only">{t('settings.language')}</legend>
            {LANGUAGES.map((l) => (
              <label key={l} className="radio">
                <input type="radio" name="language" value={l} checked={lang === l} onChange={() => choose(l)} data-testid={`language-${l}`} />
                <span>{t(`enums.language.${l}`)}</span>
              </label>
            ))}
          </fieldset>
          <p className="field-help">{t('settings.languageHelp')}</p>
          {setLanguage.error && <ErrorAlert error={setLanguage.error} />}
        </Card>
        <Card title={t('settings.workspace')}>
          {i && (
            <dl className="details" data-testid="workspace-details">
              <div><dt>{t('settings.file')}</dt><dd className="mono break" data-testid="workspace-file">{i.workspaceFile}</dd></div>
              <div><dt>{t('settings.schemaVersion')}</dt><dd data-testid="schema-version">{i.schemaVersion}</dd></div>
              <div><dt>{t('settings.appVersion')}</dt><dd data-testid="app-version">{i.version}</dd></div>
              <div><dt>{t('settings.createdAt')}</dt><dd>{formatDate(i.createdAt.slice(0, 10), lang)}</dd></div>
              <div>
                <dt>{t('settings.demo')}</dt>
                <dd>{i.isDemo ? t('settings.demoYes', { scale: i.demoScale ? t(`enums.demoScale.${i.demoScale}`) : '—' }) : t('common.no')}</dd>
              </div>
            </dl>
          )}
          <div className="settings-action">
            <p className="field-help">{t('settings.startEmptyHelp')}</p>
            <StartEmptyButton className="btn btn-secondary" />
          </div>
        </Card>
      </div>
      <SuggestWeights />
    </ScreenFrame>
  );
}
