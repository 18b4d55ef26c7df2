import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { homePath } from './sections';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';

export function NotFound() {
  const { t } = useTranslation('common');
  return (
    <>
      <PageHeader title={t('app.notFound')} />
      <EmptyState title={t('app.notFound')} action={<Link to={homePath}>{t('app.goHome')}</Link>} />
    </>
  );
}
