/** The budgets section's own pages. */
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../components/SectionTabs';

export function BudgetsNav() {
  const { t } = useTranslation('budgets');
  return (
    <SectionTabs
      label={t('budget.nav.label')}
      pages={[
        { to: '/budgets', label: t('budget.nav.budget'), end: true },
        { to: '/budgets/actuals', label: t('budget.nav.actuals') },
        { to: '/budgets/break-even', label: t('budget.nav.breakEven') },
        { to: '/budgets/plans', label: t('budget.nav.plans') },
      ]}
    />
  );
}
