import type { i18n as I18n } from 'i18next';
import type { Locale } from '../../../shared/contract/coop';

/** The first of the browser's languages we speak: any Portuguese → pt-BR, any Spanish → es; Spanish otherwise. */
export function bestLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'pt') return 'pt-BR';
    if (base === 'es') return 'es';
    if (base === 'en') return 'en';
  }
  return 'es';
}

/** Keeps <html lang> right, so screen readers pronounce the page in its language. */
export function bindDocumentLanguage(i18n: I18n): () => void {
  const apply = (language: string) => {
    document.documentElement.lang = language;
  };
  apply(i18n.language);
  i18n.on('languageChanged', apply);
  return () => i18n.off('languageChanged', apply);
}
