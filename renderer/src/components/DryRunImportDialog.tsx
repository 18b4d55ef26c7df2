/**
 * Every import from a file works the same way (architecture.md: checked in full before anything is
 * written): choose the file, the service checks it and writes nothing, the report says what would be
 * imported and every problem by line, and only a clean report lets the import run. Each domain supplies its
 * two calls, its words and how its report reads; this dialog keeps the steps, so they cannot drift apart.
 */
import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { fileToBase64 } from './file-base64';
import { Dialog } from './Dialog';

export interface DryRunImportProps<Report> {
  open: boolean;
  onClose: () => void;
  /** Checks the file (base64) and writes nothing. */
  preview: (fileBase64: string) => Promise<Report>;
  /** Imports the file checked; answers the sentence to show once it is in. */
  commit: (fileBase64: string) => Promise<string>;
  /** Whether this report lets the import run (no problem, something to import). */
  ready: (report: Report) => boolean;
  /** A refusal or failure in the user's language. */
  failure: (error: unknown) => string;
  /** Shown once the import is in, with the sentence `commit` answered. */
  onDone: (sentence: string) => void;
  words: { title: string; explain: string; file: string; checking: string; cancel: string; confirm: (report: Report | null) => string };
  /** What the report says, announced as it arrives: how many rows, or how many problems. */
  summary: (report: Report) => ReactNode;
  /** The tables under it: the problems by line, or what would change. */
  details?: (report: Report) => ReactNode;
  accept?: string;
}

export function DryRunImportDialog<Report>({ open, onClose, preview, commit, ready, failure, onDone, words, summary, details, accept = '.csv,text/csv' }: DryRunImportProps<Report>) {
  const [file, setFile] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [step, setStep] = useState<'idle' | 'checking' | 'importing'>('idle');

  const close = () => {
    setFile(null);
    setReport(null);
    setRefusal(null);
    onClose();
  };

  const choose = async (chosen: File | undefined) => {
    setReport(null);
    setRefusal(null);
    if (!chosen) return;
    setStep('checking');
    try {
      const encoded = await fileToBase64(chosen);
      setFile(encoded);
      setReport(await preview(encoded));
    } catch (error) {
      setRefusal(failure(error));
    } finally {
      setStep('idle');
    }
  };

  const run = async () => {
    if (!file) return;
    setStep('importing');
    try {
      const sentence = await commit(file);
      onDone(sentence);
      close();
    } catch (error) {
      setRefusal(failure(error));
    } finally {
      setStep('idle');
    }
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title={words.title}
      className="dialog--wide"
      footer={
        <>
          <Button onClick={close}>{words.cancel}</Button>
          <Button variant="primary" onClick={() => void run()} disabled={report === null || !ready(report)} busy={step === 'importing'}>
            {words.confirm(report)}
          </Button>
        </>
      }
    >
      <p>{words.explain}</p>
      <label className="field">
        <span className="field__label">{words.file}</span>
        <input type="file" accept={accept} onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {step === 'checking' && <p role="status">{words.checking}</p>}
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      {report !== null && <div role="status">{summary(report)}</div>}
      {report !== null && details?.(report)}
    </Dialog>
  );
}
