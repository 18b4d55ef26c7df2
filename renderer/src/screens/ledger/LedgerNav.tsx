/** The journal section's own pages. */
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../components/SectionTabs';

export function LedgerNav() {
  const { t } = useTranslation('ledger');
  return (
    <SectionTabs
      label={t('screens.nav.label')}
      pages={[
        { to: '/ledger', label: t('screens.nav.trialBalance'), end: true },
        { to: '/ledger/journal', label: t('screens.nav.journal') },
        { to: '/ledger/account', label: t('screens.nav.accountLedger') },
        { to: '/ledger/accounts', label: t('screens.nav.accounts') },
      ]}
    />
  );
}
