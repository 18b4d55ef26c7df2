/**
 * The register's actions: new member (Alt+N), import, export to CSV/XLSX (the main process asks where to
 * save) and print the book (to PDF from the main process; where it cannot, the browser prints the page).
 */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRpcMutation } from '../../api/queries';
import { useShortcut } from '../../app/shortcuts';
import { Button } from '../../components/Button';
import { failureText, isCancelled } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { formatNumber } from '../../i18n/format';
import { RpcFailure } from '../../api/client';

export function MembersActions() {
  const { t, i18n } = useTranslation('members');
  const navigate = useNavigate();
  const notify = useToast();
  const exportMembers = useRpcMutation('members.export');
  const printBook = useRpcMutation('members.printBook');

  useShortcut('alt+n', () => void navigate('/members/new'));

  const exportTo = async (format: 'csv' | 'xlsx') => {
    try {
      const { path, rows } = await exportMembers.mutateAsync({ format });
      notify(t('list.exported', { count: rows, rows: formatNumber(rows, i18n.language), path }), 'success');
    } catch (error) {
      if (!isCancelled(error)) notify(failureText(t, error), 'error');
    }
  };

  const print = async () => {
    try {
      const { path } = await printBook.mutateAsync({ locale: i18n.language });
      notify(t('list.printed', { path }), 'success');
    } catch (error) {
      if (error instanceof RpcFailure && error.error.code === 'NOT_SUPPORTED') {
        void navigate(`/print/members?locale=${encodeURIComponent(i18n.language)}&print=1`);
      } else if (!isCancelled(error)) {
        notify(failureText(t, error), 'error');
      }
    }
  };

  return (
    <>
      <Button variant="primary" onClick={() => void navigate('/members/new')} aria-keyshortcuts="Alt+N">
        {t('list.new')}
      </Button>
      <Button onClick={() => void navigate('/members/import')}>{t('list.import')}</Button>
      <Button onClick={() => void exportTo('csv')} busy={exportMembers.isPending && exportMembers.variables?.format === 'csv'}>
        {t('list.exportCsv')}
      </Button>
      <Button onClick={() => void exportTo('xlsx')} busy={exportMembers.isPending && exportMembers.variables?.format === 'xlsx'}>
        {t('list.exportXlsx')}
      </Button>
      <Button onClick={() => void print()} busy={printBook.isPending}>
        {t('list.print')}
      </Button>
    </>
  );
}
