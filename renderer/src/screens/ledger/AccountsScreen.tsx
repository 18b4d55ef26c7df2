/**
 * /ledger/accounts: the chart of accounts with the accountant's codes, editable in place. Each code field
 * is a row of one form: Save writes the changed ones together (two accounts may not share a code, so they
 * are checked as a whole); an emptied field goes back to the framework's default code.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartOfAccounts } from '../../../../shared/contract/ledger';
import type { AccountKey } from '../../../../shared/domain/ledger/accounts';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { formatDate } from '../../i18n/format';
import { ClosePeriodDialog } from './ClosePeriodDialog';
import { ImportCodesDialog } from './ImportCodesDialog';
import { LedgerNav } from './LedgerNav';

const CODE = /^[0-9A-Za-z][0-9A-Za-z.\-_/]{0,31}$/;

function CodesForm({ chart }: { chart: ChartOfAccounts }) {
  const { t, i18n } = useTranslation('ledger');
  const notify = useToast();
  const update = useRpcMutation('ledger.updateAccountCodes');
  const [codes, setCodes] = useState<Partial<Record<AccountKey, string>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const typed = (key: AccountKey, custom: string | null) => codes[key] ?? custom ?? '';
  const changed = chart.accounts.filter((a) => codes[a.key] !== undefined && codes[a.key]!.trim() !== (a.customCode ?? ''));
  const invalid = changed.filter((a) => codes[a.key]!.trim() !== '' && !CODE.test(codes[a.key]!.trim()));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (changed.length === 0 || invalid.length > 0) return;
    try {
      await update.mutateAsync({ codes: changed.map((a) => ({ account: a.key, code: codes[a.key]!.trim() === '' ? null : codes[a.key]!.trim() })) });
      setCodes({});
      setRefusal(null);
      notify(t('screens.accounts.saved', { count: changed.length }), 'success');
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void save(e)} className="ledger-accounts">
      {chart.closedThrough && <p>{t('screens.accounts.closedThrough', { date: formatDate(chart.closedThrough, i18n.language) })}</p>}
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <table className="data-table">
        <caption className="visually-hidden">{t('screens.accounts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('screens.columns.account')}</th>
            <th scope="col">{t('screens.columns.kind')}</th>
            <th scope="col">{t('screens.accounts.defaultCode')}</th>
            <th scope="col">{t('screens.accounts.customCode')}</th>
          </tr>
        </thead>
        <tbody>
          {chart.accounts.map((a) => {
            const value = typed(a.key, a.customCode);
            const bad = value.trim() !== '' && !CODE.test(value.trim());
            const id = `code-${a.key}`;
            return (
              <tr key={a.key}>
                <th scope="row">
                  <label htmlFor={id}>{t(`accounts.${a.key}`)}</label>
                </th>
                <td>{t(`kinds.${a.kind}`)}</td>
                <td className="ledger-code">{a.defaultCode}</td>
                <td>
                  <input
                    id={id}
                    className="field__control ledger-code-input"
                    value={value}
                    placeholder={a.defaultCode}
                    maxLength={32}
                    autoComplete="off"
                    aria-invalid={bad || undefined}
                    aria-describedby={bad ? `${id}-error` : 'codes-hint'}
                    onChange={(e) => setCodes((before) => ({ ...before, [a.key]: e.target.value }))}
                  />
                  {bad && (
                    <span id={`${id}-error`} className="field__error">
                      {t('errors.accountCode')}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id="codes-hint" className="field__hint">
        {t('screens.accounts.hint')}
      </p>
      <div className="ledger-actions">
        <Button type="submit" variant="primary" disabled={changed.length === 0 || invalid.length > 0} busy={update.isPending}>
          {t('screens.accounts.save', { count: changed.length })}
        </Button>
        <Button onClick={() => setCodes({})} disabled={changed.length === 0}>
          {t('screens.accounts.discard')}
        </Button>
      </div>
    </form>
  );
}

export function AccountsScreen() {
  const { t } = useTranslation('ledger');
  const chart = useRpcQuery('ledger.accounts', {});
  const [importing, setImporting] = useState(false);
  const [closing, setClosing] = useState(false);
  const notify = useToast();
  return (
    <section className="ledger-screen">
      <PageHeader
        title={t('screens.accounts.title')}
        description={t('screens.accounts.description')}
        actions={
          <>
            <Button onClick={() => setImporting(true)}>{t('screens.import.open')}</Button>
            <Button variant="danger" onClick={() => setClosing(true)}>
              {t('screens.close.open')}
            </Button>
          </>
        }
      />
      <LedgerNav />
      <QueryState query={chart}>{(data) => <CodesForm key={data.accounts.map((a) => a.code).join()} chart={data} />}</QueryState>
      <ImportCodesDialog open={importing} onClose={() => setImporting(false)} />
      <ClosePeriodDialog
        open={closing}
        onClose={() => setClosing(false)}
        onDone={(message) => {
          setClosing(false);
          notify(message, 'success');
        }}
      />
    </section>
  );
}
