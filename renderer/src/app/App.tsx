import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type createMemoryRouter } from 'react-router';
import { ToastProvider } from '../components/Toast';

type AppRouter = ReturnType<typeof createMemoryRouter>;

export interface AppProps {
  queryClient: QueryClient;
  i18n: I18n;
  /** The hash router in the app; a memory router in component tests. */
  router: AppRouter;
}

export function App({ queryClient, i18n, router }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
