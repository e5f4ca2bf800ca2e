import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/constants';

/** The UI language, re-rendering the caller when it changes. */
export function useLang(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}
