/**
 * /ledger/journal/new: a general journal entry typed by the treasurer (the month's sales and costs, the
 * accountant's totals). A grid of lines (account by code and name, optional member number, debit, credit)
 * with the running difference; Enter in a line moves to the next one and, on the last, adds a line; the
 * entry is posted only once it balances, and the service's refusal, if any, is shown as a sentence.
 */
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { useMoney } from '../../components/use-coop-money';
import { blankLine, readLine, totalsOf, type TypedLine } from './entry-lines';
import { EntryLinesGrid } from './EntryLinesGrid';
import { LedgerNav } from './LedgerNav';

export function NewEntryScreen() {
  const { t } = useTranslation('ledger');
  const chart = useRpcQuery('ledger.accounts', {});
  return (
    <section className="ledger-screen">
      <PageHeader title={t('entries.new.title')} description={t('entries.new.description')} />
      <LedgerNav />
      <QueryState query={chart}>{({ accounts }) => <EntryForm accounts={accounts.map((a) => ({ value: a.key, label: `${a.code} · ${t(`accounts.${a.key}`)}` }))} />}</QueryState>
    </section>
  );
}

function EntryForm({ accounts }: { accounts: { value: string; label: string }[] }) {
  const { t } = useTranslation('ledger');
  const money = useMoney();
  const notify = useToast();
  const post = useRpcMutation('ledger.postEntry');
  const nextId = useRef(3);
  const [date, setDate] = useState<string | null>(localToday());
  const [memo, setMemo] = useState('');
  const [lines, setLines] = useState<TypedLine[]>([blankLine(1), blankLine(2)]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [focusLine, setFocusLine] = useState<number | null>(null);
  const totals = totalsOf(lines, money.locale, money.minorDigits);
  const ready = totals.postable && date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) && memo.trim() !== '';

  const change = (id: number, patch: Partial<TypedLine>) => setLines((all) => all.map((l) => (l.id === id ? { ...l, ...patch } : l)));
  const addLine = () => {
    const id = nextId.current++;
    setLines((all) => [...all, blankLine(id)]);
    setFocusLine(id);
  };
  const remove = (id: number) => setLines((all) => (all.length > 1 ? all.filter((l) => l.id !== id) : all));
  // Enter never posts from the grid: it walks down the lines, and past the last one adds a line.
  const onGridEnter = (event: KeyboardEvent<HTMLElement>, id: number) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    const at = lines.findIndex((l) => l.id === id);
    if (at === lines.length - 1) addLine();
    else setFocusLine(lines[at + 1]!.id);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    try {
      const payload = lines.map((line) => {
        const read = readLine(line, money.locale, money.minorDigits);
        return { account: line.account, memberNumber: read.memberNumber, debitMinor: read.debitMinor ?? 0, creditMinor: read.creditMinor ?? 0 };
      });
      const { number } = await post.mutateAsync({ date: date!, memo, lines: payload });
      notify(t('entries.new.posted', { number }), 'success');
      setRefusal(null);
      setMemo('');
      setLines([blankLine(nextId.current++), blankLine(nextId.current++)]);
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="ledger-entry-form">
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <div className="ledger-entry-form__head">
        <DateField label={t('entries.new.date')} value={date} onChange={setDate} required />
        <Field label={t('entries.new.memo')} hint={t('entries.new.memoHint')} value={memo} maxLength={500} required onChange={(e) => setMemo(e.target.value)} />
      </div>
      <EntryLinesGrid
        lines={lines}
        accounts={accounts}
        totals={totals}
        focusLine={focusLine}
        onFocused={() => setFocusLine(null)}
        onChange={change}
        onRemove={remove}
        onEnter={onGridEnter}
      />
      <p className="ledger-note">{t('entries.new.keyboard', { currency: money.currency })}</p>
      <div className="ledger-actions">
        <Button onClick={addLine}>{t('entries.new.addLine')}</Button>
        <Button type="submit" variant="primary" disabled={!ready} busy={post.isPending}>
          {post.isPending ? t('entries.new.posting') : t('entries.new.submit')}
        </Button>
        <Link to="/ledger/journal">{t('entries.new.back')}</Link>
      </div>
    </form>
  );
}
