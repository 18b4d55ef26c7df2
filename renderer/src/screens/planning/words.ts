/** Words shared by the planning screens: lengths of time and a few labels, in the reader's language. */
import { useTranslation } from 'react-i18next';
import { formatDuration } from './time';

export function useDuration(): (minutes: number) => string {
  const { t } = useTranslation('planning');
  const words = { d: t('units.d'), h: t('units.h'), min: t('units.min') };
  return (minutes: number) => formatDuration(minutes, words);
}

export function usePercent(): (fraction: number) => string {
  const { i18n } = useTranslation();
  return (fraction: number) => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** Working time (booked, available, committed) in hours: "61,7 h", since a "day" of working time is ambiguous. */
export function useHours(): (minutes: number) => string {
  const { t, i18n } = useTranslation('planning');
  return (minutes: number) => `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(minutes / 60)} ${t('units.h')}`;
}
