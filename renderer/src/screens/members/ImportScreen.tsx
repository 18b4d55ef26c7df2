/**
 * /members/import: a CSV in four steps — choose the file, map its columns, read the dry run's report,
 * import. Nothing is written before the last step; choosing another file starts over.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api/client';
import { failureText } from '../../components/ErrorMessage';
import { formatNumber } from '../../i18n/format';
import { fileToBase64 } from '../../components/file-base64';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportProblemTable } from './ImportProblemTable';
import { ImportReportStep } from './ImportReportStep';
import type { DateOrder } from '../../../../shared/domain/members/date-order';
import { importSteps, type ColumnMapping, type ImportFile, type ImportPreview, type ImportStep } from './import-state';

export function ImportScreen() {
  const { t, i18n } = useTranslation('members');
  const [step, setStep] = useState<ImportStep>('file');
  const [file, setFile] = useState<ImportFile | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  const [dateOrderMissing, setDateOrderMissing] = useState(false);
  const [report, setReport] = useState<ImportPreview | null>(null);
  const [imported, setImported] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (message: string, work: () => Promise<void>) => {
    setBusy(message);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      // A file the browser cannot read fails here too, not only a refused call.
      setFailure(failureText(t, error));
    } finally {
      setBusy(null);
    }
  };

  const chooseFile = (chosen: File) => {
    setStep('file');
    setFile(null);
    setReport(null);
    setUnreadable(null);
    setFileName(chosen.name);
    void run(t('import.reading'), async () => {
      const base64 = await fileToBase64(chosen);
      const detected = await call('members.importPreview', { fileBase64: base64, mapping: null });
      if (detected.headers.length === 0) {
        setUnreadable(detected);
        return;
      }
      setFile({ name: chosen.name, base64, detected });
      setMapping(detected.mapping);
      setDateOrder(detected.dates.evident);
      setDateOrderMissing(false);
      setStep('mapping');
    });
  };

  const check = () => {
    if (!file) return;
    // The file leaves the order of day and month open: the person decides it once, before any check.
    if (file.detected.dates.ambiguous && dateOrder === null) {
      setDateOrderMissing(true);
      return;
    }
    void run(t('import.checking'), async () => {
      setReport(await call('members.importPreview', { fileBase64: file.base64, mapping, dateOrder }));
      setStep('report');
    });
  };

  const commit = () =>
    file &&
    void run(t('import.importing'), async () => {
      const result = await call('members.importCommit', { fileBase64: file.base64, mapping, dateOrder });
      setImported(result.imported);
      setStep('done');
    });

  return (
    <section className="members-screen members-import" aria-labelledby="members-import-title" aria-busy={busy !== null}>
      <h1 id="members-import-title">{t('import.title')}</h1>
      <ol className="import-steps">
        {importSteps.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={s === step ? 'import-steps__current' : undefined}>
            {t('import.stepLabel', { number: i + 1, name: t(`import.steps.${s}`) })}
          </li>
        ))}
      </ol>
      <p role="status" className="members-busy">
        {busy}
      </p>
      {failure && (
        <p role="alert" className="members-error">
          {failure}
        </p>
      )}

      {step !== 'done' && <ImportFileStep fileName={fileName} busy={busy !== null} onFile={chooseFile} />}
      {unreadable && <ImportProblemTable problems={unreadable.problems} problemCount={unreadable.problemCount} />}
      {step === 'mapping' && file && (
        <ImportMappingStep
          detected={file.detected}
          mapping={mapping}
          busy={busy !== null}
          dateOrder={dateOrder}
          dateOrderMissing={dateOrderMissing}
          onChange={setMapping}
          onDateOrder={(order) => {
            setDateOrder(order);
            setDateOrderMissing(false);
          }}
          onCheck={check}
        />
      )}
      {step === 'report' && report && (
        <ImportReportStep report={report} busy={busy !== null} onBack={() => setStep('mapping')} onCommit={commit} />
      )}
      {step === 'done' && (
        <section className="import-step" aria-labelledby="members-import-done">
          <h2 id="members-import-done">{t('import.doneTitle')}</h2>
          <p role="status">{t('import.done', { count: imported, rows: formatNumber(imported, i18n.language) })}</p>
          <p>
            <Link to="/members">{t('import.toList')}</Link>
          </p>
        </section>
      )}
    </section>
  );
}
