import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useNavigate } from 'react-router';
import { ErrorMessage } from '../components/ErrorMessage';
import { sections } from './sections';
import { ShortcutsHelp } from './ShortcutsHelp';
import { registerShortcut, shortcutLabel, useShortcut } from './shortcuts';
import { useCoop } from './use-coop';

/** The app around every screen but first run and print: skip link, header, nav, main. */
export function Shell() {
  const { t, i18n } = useTranslation('common');
  const coop = useCoop();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const profile = coop.data;

  useShortcut('?', () => setHelpOpen(true));
  useEffect(() => {
    const unregister = sections.map((section) => registerShortcut(section.shortcut, () => void navigate(`/${section.path}`)));
    return () => unregister.forEach((off) => off());
  }, [navigate]);

  // The UI speaks the cooperative's saved language; settings changes it by saving the profile.
  useEffect(() => {
    if (profile && profile.locale !== i18n.language) void i18n.changeLanguage(profile.locale);
  }, [profile, i18n]);

  useEffect(() => {
    if (profile) document.title = `${profile.name} · Minga`;
  }, [profile]);

  if (coop.isPending) return <p className="shell__loading">{t('app.loading')}</p>;
  if (coop.isError) return <main className="shell__failure"><ErrorMessage error={coop.error} /></main>;
  if (profile === null || profile === undefined) return <Navigate to="/setup" replace />;

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // A hash link would be read as a route by the hash router: move focus instead.
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <p className="shell__coop">
          {profile.name}
          {profile.isDemo && <span className="badge shell__demo">{t('app.demoBadge')}</span>}
        </p>
        <button type="button" className="button button--ghost shell__help" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
          {t('shortcuts.open')}
        </button>
      </header>
      <nav className="shell__nav" aria-label={t('nav.label')}>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <NavLink to={`/${section.path}`} className="shell__link" aria-keyshortcuts={shortcutLabel(section.shortcut)}>
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main} className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
