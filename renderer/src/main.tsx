/**
 * Boot: theme first (no flash), then the profile, which decides the language (the coop's, or the
 * browser's best match on first run); then the cache follows `data.changed` and the app renders.
 */
import './app/zod-csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { CoopProfile } from '../../shared/contract/coop';
import { call } from './api/client';
import { createQueryClient } from './api/queries';
import { invalidateOnDataChanged } from './api/refresh';
import { App } from './app/App';
import { bestLocale, bindDocumentLanguage } from './app/locale';
import { createAppRouter } from './app/router';
import { startTheme } from './app/theme';
import { coopQueryKey } from './app/use-coop';
import { createI18n } from './i18n';
import { bindZodLocale } from './i18n/zod-locale';
import './styles/index.css';

async function boot(): Promise<void> {
  startTheme();
  const queryClient = createQueryClient();
  invalidateOnDataChanged(queryClient);

  let coop: CoopProfile | null = null;
  try {
    coop = await queryClient.fetchQuery({ queryKey: coopQueryKey, queryFn: () => call('coop.get', {}) });
  } catch {
    // The shell shows the failure in the user's language once i18n is up.
  }
  const i18n = await createI18n(coop?.locale ?? bestLocale(navigator.languages));
  bindZodLocale(i18n);
  bindDocumentLanguage(i18n);

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} i18n={i18n} router={createAppRouter()} />
    </StrictMode>,
  );
}

void boot();
