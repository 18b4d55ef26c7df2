/** The journal section's own pages, one tab stop each; the current one is marked for screen readers. */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const pages = [
  { to: '/ledger', label: 'screens.nav.trialBalance', end: true },
  { to: '/ledger/journal', label: 'screens.nav.journal', end: false },
  { to: '/ledger/account', label: 'screens.nav.accountLedger', end: false },
  { to: '/ledger/accounts', label: 'screens.nav.accounts', end: false },
] as const;

export function LedgerNav() {
  const { t } = useTranslation('ledger');
  return (
    <nav className="subnav" aria-label={t('screens.nav.label')}>
      <ul>
        {pages.map((page) => (
          <li key={page.to}>
            <NavLink to={page.to} end={page.end} className="subnav__link">
              {t(page.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
