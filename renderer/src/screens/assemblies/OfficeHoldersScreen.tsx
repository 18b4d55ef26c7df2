/**
 * /assemblies/officers: who holds office and since when — the council, the auditor, the president and
 * secretary. The statute bars office holders from some votes (the accounts, their own management) and the
 * president and secretary sign the minutes, so the room and the minutes read this list on the meeting's date.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../../shared/domain/dates';
import { officeRoles, type OfficeRole } from '../../../../shared/domain/assemblies/kinds';
import type { OfficeHolder } from '../../../../shared/contract/assemblies';
import { call } from '../../api/client';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { AssembliesNav } from './AssembliesNav';
import { formatDay } from './when';

/** The member with exactly this number, found through the register's search. */
async function memberByNumber(number: number): Promise<{ id: number } | null> {
  const found = await call('members.list', { search: String(number), limit: 20 });
  return found.rows.find((row) => row.memberNumber === number) ?? null;
}

function AddHolder() {
  const { t } = useTranslation('assemblies');
  const save = useRpcMutation('assemblies.saveOfficeHolder');
  const [number, setNumber] = useState('');
  const [role, setRole] = useState<OfficeRole>('council');
  const [from, setFrom] = useState<string | null>(localToday());
  const [refusal, setRefusal] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const numberValid = /^\d{1,8}$/.test(number.trim());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setRefusal(null);
    if (!numberValid || from === null) return;
    try {
      const member = await memberByNumber(Number(number));
      if (!member) {
        setRefusal(t('officers.noSuchMember', { number }));
        return;
      }
      await save.mutateAsync({ memberId: member.id, role, from });
      setNumber('');
      setTried(false);
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate className="assemblies-panel" onSubmit={(e) => void submit(e)} aria-labelledby="officers-add">
      <h2 id="officers-add">{t('officers.add')}</h2>
      {refusal && (
        <p role="alert" className="assemblies-refusal">
          {refusal}
        </p>
      )}
      <div className="assemblies-form__row">
        <Field
          label={t('officers.memberNumber')}
          inputMode="numeric"
          className="field--short"
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          error={tried && !numberValid ? t('officers.numberNeeded') : undefined}
        />
        <Select label={t('officers.role')} value={role} onChange={(e) => setRole(e.target.value as OfficeRole)} options={officeRoles.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        <DateField label={t('officers.from')} value={from} onChange={setFrom} required error={tried && from === null ? t('officers.fromNeeded') : undefined} />
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('officers.save')}
        </Button>
      </div>
    </form>
  );
}

function EndOfficeDialog({ holder, onClose }: { holder: OfficeHolder | null; onClose: () => void }) {
  const { t } = useTranslation('assemblies');
  const end = useRpcMutation('assemblies.endOffice');
  const [to, setTo] = useState<string | null>(localToday());
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!holder || to === null) return;
    try {
      await end.mutateAsync({ id: holder.id, to });
      onClose();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };
  return (
    <Dialog open={holder !== null} onClose={onClose} title={t('officers.endTitle')} className="assemblies-dialog">
      {holder && (
        <form noValidate className="dialog-form" onSubmit={(e) => void submit(e)}>
          <p>{t('officers.endText', { who: `${holder.memberNumber} · ${holder.memberName}`, role: t(`role.${holder.role}`) })}</p>
          {refusal && (
            <p role="alert" className="assemblies-refusal">
              {refusal}
            </p>
          )}
          <DateField label={t('officers.to')} value={to} onChange={setTo} required />
          <div className="dialog__footer">
            <Button onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" variant="primary" busy={end.isPending}>
              {t('officers.end')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

export function OfficeHoldersScreen() {
  const { t, i18n } = useTranslation('assemblies');
  const holders = useRpcQuery('assemblies.officeHolders', {});
  const [ending, setEnding] = useState<OfficeHolder | null>(null);
  return (
    <section className="assemblies-screen">
      <PageHeader title={t('officers.title')} description={t('officers.description')} />
      <AssembliesNav />
      <AddHolder />
      <QueryState query={holders}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('officers.emptyTitle')}>
              <p>{t('officers.empty')}</p>
            </EmptyState>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">{t('officers.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('officers.role')}</th>
                  <th scope="col">{t('attendance.member')}</th>
                  <th scope="col">{t('officers.from')}</th>
                  <th scope="col">{t('officers.to')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('attendance.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((holder) => (
                  <tr key={holder.id}>
                    <td>{t(`role.${holder.role}`)}</td>
                    <th scope="row">
                      {holder.memberNumber} · {holder.memberName}
                    </th>
                    <td>{formatDay(holder.from, i18n.language)}</td>
                    <td>{holder.to ? formatDay(holder.to, i18n.language) : ''}</td>
                    <td>
                      {holder.to === null && (
                        <Button variant="ghost" onClick={() => setEnding(holder)} aria-label={t('officers.endWho', { who: holder.memberName })}>
                          {t('officers.end')}
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <EndOfficeDialog holder={ending} onClose={() => setEnding(null)} />
    </section>
  );
}
