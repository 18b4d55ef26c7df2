/** A report's figures to a spreadsheet: CSV or XLSX, in the coop's language; the main process asks where to save. */
import { useTranslation } from 'react-i18next';
import type { reportKinds } from '../../../../shared/contract/attendance';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText, isCancelled } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { formatNumber } from '../../i18n/format';

type Report = (typeof reportKinds)[number];

export function ExportButtons({ report, range, title }: { report: Report; range: { from: string; to: string } | null; title: string }) {
  const { t, i18n } = useTranslation('attendance');
  const notify = useToast();
  const exporting = useRpcMutation('attendance.export');

  const run = async (format: 'csv' | 'xlsx') => {
    if (!range) return;
    try {
      const { path, rows } = await exporting.mutateAsync({ report, format, ...range });
      notify(t('reports.exported', { count: rows, rows: formatNumber(rows, i18n.language), path }), 'success');
    } catch (error) {
      if (!isCancelled(error)) notify(failureText(t, error), 'error');
    }
  };

  return (
    <div className="report-export" role="group" aria-label={t('reports.exportGroup', { title })}>
      <Button onClick={() => void run('csv')} disabled={!range} busy={exporting.isPending && exporting.variables.format === 'csv'}>
        {t('reports.exportCsv')}
      </Button>
      <Button onClick={() => void run('xlsx')} disabled={!range} busy={exporting.isPending && exporting.variables.format === 'xlsx'}>
        {t('reports.exportXlsx')}
      </Button>
    </div>
  );
}
