/** How a book field's value reads on screen and on paper: dates and statuses in the reader's language. */
import type { TFunction } from 'i18next';
import { formatDate, formatNumber } from '../../i18n/format';
import { dateFields } from './member-fields';

export function formatBookValue(t: TFunction, locale: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('empty', { ns: 'members' });
  if (field === 'status' && typeof value === 'string') return t(`status.${value}`, { ns: 'members' });
  if (dateFields.has(field) && typeof value === 'string') return formatDate(value, locale);
  if (typeof value === 'number') return field === 'memberNumber' ? String(value) : formatNumber(value, locale);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
