/** Loading and refusal states of a screen's main query, so each screen renders only its data. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RpcFailure } from '../api/client';
import { errorText } from '../i18n';
import './QueryState.css';

interface QueryLike<T> {
  data: T | undefined;
  error: RpcFailure | null;
  isPending: boolean;
}

export function QueryState<T>({ query, children }: { query: QueryLike<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation('common');
  if (query.error) {
    return (
      <p role="alert" className="query-state--error">
        {errorText(t, query.error.error)}
      </p>
    );
  }
  if (query.isPending || query.data === undefined) {
    return (
      <p role="status" className="query-state--loading">
        {t('app.loading')}
      </p>
    );
  }
  return <>{children(query.data)}</>;
}
