/**
 * The register's actions: new member (Alt+N), import, export to CSV/XLSX (the main process asks where to
 * save) and print the book (its own screen asks for the first folio, shows the book and saves the PDF).
 */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRpcMutation } from '../../api/queries';
import { useShortcut } from '../../app/shortcuts';
import { Button } from '../../components/Button';
import { failureText, isCancelled } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { formatNumber } from '../../i18n/format';

export function MembersActions() {
  const { t, i18n } = useTranslation('members');
  const navigate = useNavigate();
  const notify = useToast();
  const exportMembers = useRpcMutation('members.export');

  useShortcut('alt+n', () => void navigate('/members/new'));

  const exportTo = async (format: 'csv' | 'xlsx') => {
    try {
      const { path, rows } = await exportMembers.mutateAsync({ format });
      notify(t('list.exported', { count: rows, rows: formatNumber(rows, i18n.language), path }), 'success');
    } catch (error) {
      if (!isCancelled(error)) notify(failureText(t, error), 'error');
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
      <Button onClick={() => void navigate('/print/members')}>
        {t('list.print')}
      </Button>
    </>
  );
}
