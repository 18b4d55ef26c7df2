/** "Items a to b of n" with previous and next pages, for the journal's long lists. */
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { formatNumber } from '../../i18n/format';

export const PAGE = 100;

export function Pager({ page, shown, total, onPage }: { page: number; shown: number; total: number; onPage: (page: number) => void }) {
  const { t, i18n } = useTranslation('ledger');
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <div className="ledger-pager">
      <p role="status">{t('screens.pager.showing', { first: n(page * PAGE + 1), last: n(page * PAGE + shown), total: n(total) })}</p>
      <Button disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('screens.pager.previous')}
      </Button>
      <Button disabled={(page + 1) * PAGE >= total} onClick={() => onPage(page + 1)}>
        {t('screens.pager.next')}
      </Button>
    </div>
  );
}
