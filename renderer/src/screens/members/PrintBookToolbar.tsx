/**
 * The book screen's toolbar (not printed): which part to print — the first folio and the member numbers it
 * runs from and to — then save it as the app's PDF or send it to the system's print dialog.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MAX_BOOK_PART, MAX_FOLIO } from '../../../../shared/print';
import { RpcFailure } from '../../api/client';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText, isCancelled } from '../../components/ErrorMessage';
import { formatNumber } from '../../i18n/format';
import { wholeNumber, type BookPartView } from './book-part';

interface NumberBoxProps {
  label: string;
  value: number;
  max: number;
  /** The number typed, or null while what is typed is not one. */
  onChange(value: number | null): void;
}

/** A whole-number field that keeps what is typed and reports only valid numbers. */
function NumberBox({ label, value, max, onChange }: NumberBoxProps) {
  const { t, i18n } = useTranslation('members');
  const id = useId();
  const [text, setText] = useState(String(value));
  const invalid = wholeNumber(text, max) === null;
  const note = invalid ? t('print.numberInvalid', { max: formatNumber(max, i18n.language) }) : null;
  return (
    <div className="print-register__number-box">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="field__control"
        inputMode="numeric"
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={note ? `${id}-note` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          onChange(wholeNumber(event.target.value, max));
        }}
      />
      {note && (
        <span id={`${id}-note`} className="field__error">
          {note}
        </span>
      )}
    </div>
  );
}

interface Props {
  part: BookPartView;
  ready: boolean;
  onChange(name: 'folio' | 'from' | 'to', value: number): void;
}

export function PrintBookToolbar({ part, ready, onChange }: Props) {
  const { t, i18n } = useTranslation('members');
  const navigate = useNavigate();
  const printBook = useRpcMutation('members.printBook');
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null);
  // Fields whose text is not a number right now: nothing prints until each says a number again.
  const [unfinished, setUnfinished] = useState<ReadonlySet<string>>(new Set());
  const printable = ready && !part.tooLarge && part.count > 0 && unfinished.size === 0;

  const change = (name: 'folio' | 'from' | 'to') => (value: number | null) => {
    setOutcome(null);
    setUnfinished((before) => {
      const after = new Set(before);
      if (value === null) after.add(name);
      else after.delete(name);
      return after;
    });
    if (value !== null) onChange(name, value);
  };

  const savePdf = async () => {
    try {
      const { path } = await printBook.mutateAsync({ firstFolio: part.firstFolio, fromNumber: part.fromNumber, toNumber: part.toNumber });
      setOutcome({ text: t('list.printed', { path }), failed: false });
    } catch (error) {
      if (error instanceof RpcFailure && error.error.code === 'NOT_SUPPORTED') window.print();
      else if (!isCancelled(error)) setOutcome({ text: failureText(t, error), failed: true });
    }
  };

  return (
    <nav className="print-register__toolbar" aria-label={t('print.toolbar')}>
      <Button onClick={() => void navigate('/members')}>{t('print.back')}</Button>
      <h1>{t('list.print')}</h1>
      <NumberBox label={t('print.firstFolio')} value={part.firstFolio} max={MAX_FOLIO} onChange={change('folio')} />
      <NumberBox label={t('print.fromNumber')} value={part.fromNumber} max={99_999_999} onChange={change('from')} />
      <NumberBox label={t('print.toNumber')} value={part.toNumber} max={99_999_999} onChange={change('to')} />
      <Button variant="primary" onClick={() => void savePdf()} disabled={!printable} busy={printBook.isPending}>
        {t('print.savePdf')}
      </Button>
      <Button onClick={() => window.print()} disabled={!printable}>
        {t('print.print')}
      </Button>
      <p role="status" className={part.tooLarge ? 'field__error' : 'print-register__hint'}>
        {part.tooLarge
          ? t('errors.BOOK_PART_TOO_LARGE', { count: part.count, max: formatNumber(MAX_BOOK_PART, i18n.language) })
          : `${t('print.partSize', { count: part.count, members: formatNumber(part.count, i18n.language) })} ${t('print.firstFolioHint')}`}
      </p>
      {outcome && (
        <p role={outcome.failed ? 'alert' : 'status'} className={outcome.failed ? 'field__error' : 'print-register__hint'}>
          {outcome.text}
        </p>
      )}
    </nav>
  );
}
