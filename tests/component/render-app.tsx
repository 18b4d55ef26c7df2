/** Renders the whole app (providers, routes) over the real dispatcher on an in-memory database. */
import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import type { Locale } from '../../shared/contract/coop';
import { setBridge } from '../../renderer/src/api/bridge';
import { createQueryClient } from '../../renderer/src/api/queries';
import { invalidateOnDataChanged } from '../../renderer/src/api/refresh';
import { App } from '../../renderer/src/app/App';
import { appRoutes } from '../../renderer/src/app/router';
import { sections, standalone } from '../../renderer/src/app/sections';
import { createI18n } from '../../renderer/src/i18n';
import { bindZodLocale } from '../../renderer/src/i18n/zod-locale';
import { createMemoryBridge } from '../host/memory-bridge';

export async function renderApp(options: { seed: 'empty' | 'coop'; path: string; locale: Locale }) {
  const memory = await createMemoryBridge({ seed: options.seed });
  setBridge(memory.bridge);
  const queryClient = createQueryClient();
  const unsubscribe = invalidateOnDataChanged(queryClient);
  const i18n = await createI18n(options.locale);
  bindZodLocale(i18n);
  // The app loads a domain's screens on its first visit; here they are transformed on the fly, which can take
  // longer than a findBy waits, so load them all before the first render.
  await Promise.all([...sections, ...standalone].map((section) => section.routes()));
  const router = createMemoryRouter(appRoutes, { initialEntries: [options.path] });
  const view = render(<App queryClient={queryClient} i18n={i18n} router={router} />);
  return {
    ...view,
    router,
    i18n,
    bridge: memory.bridge,
    close() {
      unsubscribe();
      queryClient.clear();
      memory.close();
    },
  };
}
