/**
 * i18n: es, pt-BR and en, one JSON file per namespace and language. A domain owns its namespace
 * (members.json for the members screens); a test fails on any key missing in one language.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/contract/coop';
import type { RpcError } from '../../../shared/contract';
import { catalogue, namespaces } from '../../../shared/i18n/catalogue';
import { formatDate } from './format';

export const supportedLocales: readonly Locale[] = ['es', 'pt-BR', 'en'];
export { namespaces };

export function resources(): Record<string, Record<string, Record<string, unknown>>> {
  return catalogue;
}

export async function createI18n(locale: Locale): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [...supportedLocales],
    ns: namespaces,
    defaultNS: 'common',
    resources: resources(),
    interpolation: { escapeValue: false, alwaysFormat: true, format: formatInterpolated },
    returnNull: false,
  });
  return instance;
}

/**
 * Where a key the main process sends lives: 'members:errors.HAS_HISTORY' names its domain's namespace; a
 * bare 'errors.INTERNAL' is one of the generic errors, in the errors namespace.
 */
export function catalogueKey(key: string): { ns: string; key: string } {
  const match = /^([a-z][\w-]*):(.+)$/i.exec(key);
  return match ? { ns: match[1]!, key: match[2]! } : { ns: 'errors', key };
}

/** The sentence a person reads for a refused call, in their language; the English message if the key is unknown. */
export function errorText(t: TFunction, error: Pick<RpcError, 'key' | 'message' | 'params'>): string {
  const { ns, key } = catalogueKey(error.key);
  return t(key, { ns, defaultValue: error.message, ...(error.params ?? {}) });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates travel as 'YYYY-MM-DD' (a refusal's params among them); every sentence shows them as the coop's
 * locale writes them (12/04/1988 in es), whatever the key says.
 */
export function formatInterpolated(value: unknown, _format?: string, lng?: string): string {
  if (typeof value === 'string' && ISO_DATE.test(value) && lng) return formatDate(value, lng, { day: '2-digit', month: '2-digit', year: 'numeric' });
  // Anything else goes back untouched (i18next itself handles numbers, and a missing value).
  return value as string;
}
