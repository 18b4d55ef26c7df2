/**
 * Exports the journal of the period shown, in the format the accountant's tool reads: per-posting CSV or
 * XLSX for a spreadsheet, an hledger journal or a Beancount file. The main process asks where to save.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ledgerExportFormats, type LedgerExportFormat } from '../../../../shared/contract/ledger';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText, isCancelled } from '../../components/ErrorMessage';
import { Select } from '../../components/Select';
import { useToast } from '../../components/Toast';
import { formatNumber } from '../../i18n/format';

export function ExportPanel({ range }: { range: { from: string; to: string } | null }) {
  const { t, i18n } = useTranslation('ledger');
  const notify = useToast();
  const exportJournal = useRpcMutation('ledger.export');
  const [format, setFormat] = useState<LedgerExportFormat>('csv');

  const run = async () => {
    if (!range) return;
    try {
      const { path, rows } = await exportJournal.mutateAsync({ ...range, format });
      notify(t('screens.export.done', { count: rows, rows: formatNumber(rows, i18n.language), path }), 'success');
    } catch (error) {
      if (!isCancelled(error)) notify(failureText(t, error), 'error');
    }
  };

  return (
    <div className="ledger-export">
      <Select
        label={t('screens.export.format')}
        value={format}
        options={ledgerExportFormats.map((f) => ({ value: f, label: t(`screens.export.formats.${f}`) }))}
        onChange={(e) => setFormat(e.target.value as LedgerExportFormat)}
      />
      <Button variant="primary" onClick={() => void run()} disabled={!range} busy={exportJournal.isPending}>
        {t('screens.export.action')}
      </Button>
    </div>
  );
}
