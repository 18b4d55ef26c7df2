/**
 * zod 4 writes its built-in messages (wrong type, too long…) in one global locale; keep it in step with
 * the UI language. Messages the contract names itself ('errors.*') are i18n keys and are translated apart.
 */
import { z } from 'zod';
import type { i18n as I18n } from 'i18next';

const zodLocales = { es: z.locales.es, 'pt-BR': z.locales.pt, en: z.locales.en } as const;

export function applyZodLocale(language: string): void {
  const locale = zodLocales[language as keyof typeof zodLocales] ?? z.locales.en;
  z.config(locale());
}

/** Applies the current language now and on every change; returns the unsubscribe function. */
export function bindZodLocale(i18n: I18n): () => void {
  applyZodLocale(i18n.language);
  const onChange = (language: string) => applyZodLocale(language);
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
}
