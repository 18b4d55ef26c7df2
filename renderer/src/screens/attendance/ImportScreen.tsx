/**
 * /attendance/import: a time clock's or a spreadsheet's CSV (member number, date, hours or clock times,
 * kind). The file is checked first, nothing written, with every problem on its line; the import is
 * offered only after a clean check of the columns as they stand, and writes every row or none.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceImportField, AttendanceImportPreview } from '../../../../shared/contract/attendance';
import type { DateOrder } from '../../../../shared/domain/members/date-order';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { failureText } from '../../components/ErrorMessage';
import { fileToBase64 } from '../../components/file-base64';
import { ImportProblemList } from '../../components/ImportProblemList';
import { PageHeader } from '../../components/PageHeader';
import { TaskProgressBar } from '../../components/TaskProgressBar';
import { useTaskProgress } from '../../components/use-task-progress';
import { errorText } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { AttendanceNav } from './AttendanceNav';
import { formatMinutes } from './hours';
import { ImportColumns } from './ImportColumns';

type Mapping = AttendanceImportPreview['mapping'];

/** The progress events' task for the import: its check, then (on commit) its writing (electron/services/attendance). */
const importTask = 'attendance.import';

export function ImportScreen() {
  const { t, i18n } = useTranslation('attendance');
  const locale = i18n.language;
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [report, setReport] = useState<AttendanceImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  /** Whether the report answers the columns and date order as they now stand. */
  const [current, setCurrent] = useState(false);
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [imported, setImported] = useState<number | null>(null);
  const progress = useTaskProgress(importTask, busy !== null);

  const check = async (base64: string, withMapping: Mapping | null, order: DateOrder | null) => {
    setBusy('checking');
    setFailure(null);
    try {
      const preview = await call('attendance.importPreview', { fileBase64: base64, mapping: withMapping, dateOrder: order });
      setReport(preview);
      setMapping(preview.mapping);
      setDateOrder(order ?? preview.dates.order ?? preview.dates.evident);
      setCurrent(true);
    } catch (error) {
      setFailure(failureText(t, error));
    } finally {
      setBusy(null);
    }
  };

  const choose = async (chosen: File | undefined) => {
    setReport(null);
    setImported(null);
    setFailure(null);
    if (!chosen) return;
    try {
      const base64 = await fileToBase64(chosen);
      setFile({ name: chosen.name, base64 });
      await check(base64, null, null);
    } catch (error) {
      setFailure(failureText(t, error));
    }
  };

  const commit = async () => {
    if (!file) return;
    setConfirming(false);
    setBusy('importing');
    setFailure(null);
    try {
      const result = await call('attendance.importCommit', { fileBase64: file.base64, mapping, dateOrder });
      setImported(result.imported);
      setReport(null);
      setFile(null);
    } catch (error) {
      setFailure(failureText(t, error));
    } finally {
      setBusy(null);
    }
  };

  const clean = report !== null && current && report.problemCount === 0 && report.rowCount > 0;
  const rows = formatNumber(report?.rowCount ?? 0, locale);
  const fieldName = (field: AttendanceImportField | null) => (field ? t(`import.fields.${field}`) : '');

  return (
    <section className="attendance-screen attendance-import" aria-labelledby="attendance-import-title" aria-busy={busy !== null}>
      <PageHeader title={<span id="attendance-import-title">{t('importer.title')}</span>} description={t('importer.description')} />
      <AttendanceNav />
      <div className="import-file">
        <label className="field">
          <span className="field__label">{t('importer.file')}</span>
          <span className="field__hint" id="attendance-import-hint">
            {t('importer.fileHint')}
          </span>
          <input type="file" accept=".csv,text/csv" aria-describedby="attendance-import-hint" disabled={busy !== null} onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        {file && <p className="import-file__name">{t('importer.chosen', { name: file.name })}</p>}
      </div>
      {busy && (
        <TaskProgressBar
          label={busy === 'importing' && progress?.task.endsWith('.write') ? t('importer.importing') : t('importer.checking')}
          progress={progress}
          describe={(p) => t('importer.progress', { done: formatNumber(p.done, locale), total: formatNumber(p.total, locale) })}
        />
      )}
      {failure && (
        <p role="alert" className="error-message">
          {failure}
        </p>
      )}
      {imported !== null && (
        <p role="status" className="import-done">
          {t('importer.done', { count: imported, rows: formatNumber(imported, locale) })}
        </p>
      )}
      {report && file && (
        <>
          <ImportColumns
            report={report}
            mapping={mapping}
            dateOrder={dateOrder}
            disabled={busy !== null}
            onMapping={(next) => {
              setMapping(next);
              setCurrent(false);
            }}
            onDateOrder={(order) => {
              setDateOrder(order);
              setCurrent(false);
            }}
            onCheck={() => void check(file.base64, mapping, dateOrder)}
          />
          <section className="import-report" aria-labelledby="attendance-import-report">
            <h2 id="attendance-import-report">{t('importer.reportTitle')}</h2>
            <p role="status">
              {!current
                ? t('importer.stale')
                : clean
                  ? t('importer.ready', { count: report.rowCount, rows })
                  : report.rowCount === 0 && report.problemCount === 0
                    ? t('importer.noRows')
                    : t('importer.notReady', { count: report.problemCount, problems: formatNumber(report.problemCount, locale) })}
            </p>
            {report.problems.length > 0 && (
              <ImportProblemList
                locale={locale}
                rows={report.problems.map((p) => ({
                  line: p.line,
                  field: fieldName(p.field),
                  value: p.value ?? '',
                  message: errorText(t, { key: p.key, message: p.message, params: p.params }),
                }))}
                labels={{
                  caption:
                    report.problems.length < report.problemCount
                      ? t('importer.problemsTruncated', { shown: formatNumber(report.problems.length, locale), total: formatNumber(report.problemCount, locale) })
                      : t('importer.problemsCaption', { count: report.problemCount }),
                  line: t('importer.line'),
                  field: t('importer.field'),
                  value: t('importer.value'),
                  problem: t('importer.problem'),
                  wholeFile: t('importer.wholeFile'),
                }}
              />
            )}
            {clean && report.totals.length > 0 && (
              <table className="data-table import-totals">
                <caption>{t('importer.totalsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('month.kind')}</th>
                    <th scope="col" className="data-table__number">
                      {t('month.hours')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.totals.map((k) => (
                    <tr key={k.kind}>
                      <th scope="row">{t(`kinds.${k.kind}`)}</th>
                      <td className="data-table__number">{formatMinutes(k.minutes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <Button variant="primary" disabled={!clean || busy !== null} busy={busy === 'importing'} onClick={() => setConfirming(true)}>
              {t('importer.commit', { count: report.rowCount, rows })}
            </Button>
          </section>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('importer.confirmTitle')}
        confirmLabel={t('importer.commit', { count: report?.rowCount ?? 0, rows })}
        onConfirm={() => void commit()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('importer.confirmMessage', { count: report?.rowCount ?? 0, rows })}</p>
      </ConfirmDialog>
    </section>
  );
}
