/** The capital section's own pages, one tab stop each; the current one is marked for screen readers. */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const pages = [
  { to: '/capital', label: 'nav.overview', end: true },
  { to: '/capital/register', label: 'nav.register', end: false },
  { to: '/capital/refunds', label: 'nav.refunds', end: false },
  { to: '/capital/late', label: 'nav.late', end: false },
  { to: '/capital/classes', label: 'nav.classes', end: false },
] as const;

export function CapitalNav() {
  const { t } = useTranslation('capital');
  return (
    <nav className="subnav" aria-label={t('nav.label')}>
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
