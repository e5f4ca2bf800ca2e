import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/constants';
import { en } from './en';
import { nl } from './nl';

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

/** Initialises i18next synchronously (resources are bundled), Dutch until the stored setting is read. */
export function initI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: 'nl',
      fallbackLng: 'nl',
      supportedLngs: [...LANGUAGES],
      initAsync: false,
      // React escapes output itself.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return i18next;
}

export function currentLanguage(): Language {
  const lng = i18next.language;
  return lng === 'en' ? 'en' : 'nl';
}

export function applyLanguage(lang: Language): void {
  if (i18next.language !== lang) void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}
