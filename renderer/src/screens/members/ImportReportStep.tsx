/**
 * Step 3: the dry run's report. Nothing has been written; the import is offered only when the file has
 * no problems at all, and asks before it writes.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ImportProblemTable } from './ImportProblemTable';
import type { ImportPreview } from './import-state';

interface Props {
  report: ImportPreview;
  busy: boolean;
  onBack: () => void;
  onCommit: () => void;
}

export function ImportReportStep({ report, busy, onBack, onCommit }: Props) {
  const { t, i18n } = useTranslation('members');
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const clean = report.problemCount === 0 && report.rowCount > 0;
  const rows = formatNumber(report.rowCount, i18n.language);

  return (
    <section className="import-step" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.reportStep')}</h2>
      <p role="status">
        {clean
          ? t('import.ready', { count: report.rowCount, rows })
          : t('import.notReady', { count: report.problemCount, problems: formatNumber(report.problemCount, i18n.language) })}
      </p>
      {report.problems.length > 0 && <ImportProblemTable problems={report.problems} problemCount={report.problemCount} />}
      <div className="import-step__actions">
        <Button onClick={onBack}>{t('import.backToMapping')}</Button>
        <Button variant="primary" disabled={!clean} busy={busy} onClick={() => setConfirming(true)}>
          {t('import.commit', { count: report.rowCount, rows })}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('import.confirmTitle')}
        confirmLabel={t('import.commit', { count: report.rowCount, rows })}
        busy={busy}
        onConfirm={() => {
          setConfirming(false);
          onCommit();
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('import.confirmMessage', { count: report.rowCount, rows })}</p>
      </ConfirmDialog>
    </section>
  );
}
