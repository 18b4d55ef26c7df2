/**
 * /surplus: close a fiscal year with the result the accountant computed (with members, with non-members,
 * tax), amounts typed in the coop's language; the first year may carry the losses from before Minga.
 * Once closed, the figures are shown as the simulation will use them.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { MoneyField, readMoney } from '../../components/MoneyField';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useMoney } from '../../components/use-coop-money';
import type { Output } from '../../../../shared/contract';
import { SurplusNav } from './SurplusNav';
import { YearPicker } from './YearPicker';
import { useSurplusYear } from './use-year';

export function YearScreen() {
  const { t } = useTranslation('surplus');
  const [year, setYear] = useSurplusYear();
  const closed = useRpcQuery('surplus.year', { year });
  return (
    <section className="surplus-screen">
      <PageHeader title={t('year.title')} description={t('year.description')} />
      <SurplusNav year={year} />
      <YearPicker year={year} onChange={setYear} />
      <QueryState query={closed}>{(data) => <YearBody key={`${year}-${data?.closedAt ?? ''}`} year={year} closed={data} />}</QueryState>
    </section>
  );
}

function YearBody({ year, closed }: { year: number; closed: Output<'surplus.year'> }) {
  const { t } = useTranslation('surplus');
  const money = useMoney();
  const close = useRpcMutation('surplus.closeYear');
  const [editing, setEditing] = useState(closed === null);
  const text = (minor: number | undefined) => (minor === undefined ? '' : money.plain(minor));
  const [members, setMembers] = useState(text(closed?.membersResultMinor));
  const [nonMembers, setNonMembers] = useState(text(closed?.nonMembersResultMinor));
  const [tax, setTax] = useState(text(closed?.taxMinor ?? 0));
  const [opening, setOpening] = useState('');
  const [tried, setTried] = useState(false);
  const read = (value: string) => readMoney(value, money.locale, money.minorDigits);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const [m, n, x] = [read(members), read(nonMembers), read(tax)];
    const o = opening.trim() === '' ? null : read(opening);
    if (m === null || n === null || x === null || (opening.trim() !== '' && o === null)) return;
    close.mutate(
      { year, membersResultMinor: m, nonMembersResultMinor: n, taxMinor: x, source: 'typed', openingPriorLossesMinor: o },
      { onSuccess: () => setEditing(false) },
    );
  };

  const figures = close.data ?? closed;
  return (
    <>
      {figures && !editing && (
        <section aria-labelledby="surplus-closed-title" className="surplus-closed">
          <h2 id="surplus-closed-title">{t('year.closedTitle', { year })}</h2>
          <dl className="surplus-figures">
            <div><dt>{t('year.membersResult')}</dt><dd>{money.format(figures.membersResultMinor)}</dd></div>
            <div><dt>{t('year.nonMembersResult')}</dt><dd>{money.format(figures.nonMembersResultMinor)}</dd></div>
            <div><dt>{t('year.tax')}</dt><dd>{money.format(figures.taxMinor)}</dd></div>
            <div><dt>{t('year.priorLosses')}</dt><dd>{money.format(figures.priorLossesMinor)}</dd></div>
            <div><dt>{t('year.total')}</dt><dd>{money.format(figures.membersResultMinor + figures.nonMembersResultMinor)}</dd></div>
          </dl>
          <p>{figures.posted ? t('year.posted') : t('year.notPosted')}</p>
          {!figures.posted && <Button onClick={() => setEditing(true)}>{t('year.correct')}</Button>}
        </section>
      )}
      {editing && (
        <form className="surplus-form" onSubmit={submit} noValidate aria-labelledby="surplus-close-title">
          <h2 id="surplus-close-title">{t('year.closeTitle', { year })}</h2>
          <MoneyField label={t('year.membersResult')} text={members} onTextChange={setMembers} currency={money.currency} minorDigits={money.minorDigits} required allowNegative showProblem={tried} />
          <MoneyField label={t('year.nonMembersResult')} text={nonMembers} onTextChange={setNonMembers} currency={money.currency} minorDigits={money.minorDigits} required allowNegative showProblem={tried} />
          <MoneyField label={t('year.tax')} text={tax} onTextChange={setTax} currency={money.currency} minorDigits={money.minorDigits} required showProblem={tried} />
          <MoneyField label={t('year.openingLosses')} hint={t('year.openingLossesHint')} text={opening} onTextChange={setOpening} currency={money.currency} minorDigits={money.minorDigits} showProblem={tried} />
          <ErrorMessage error={close.error} />
          <Button type="submit" variant="primary" busy={close.isPending}>{t('year.close')}</Button>
        </form>
      )}
    </>
  );
}
