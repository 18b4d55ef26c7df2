import { useTranslation } from 'react-i18next';

/** Shown while a section's screens load for the first time. */
export function Loading() {
  const { t } = useTranslation('common');
  return (
    <p className="shell__loading" role="status">
      {t('app.loading')}
    </p>
  );
}
