/**
 * /pay/assignments: where each member stands in the scheme in force (category or job index, steps,
 * modifiers, commitment, add-ons) and the account their pay goes to. Members not yet assigned are listed
 * too, since a run pays only the members it can place.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { formatDate } from '../../i18n/format';
import { AssignDialog, type AssignTarget } from './AssignDialog';
import { factorText } from './factor';
import { PayNav } from './PayNav';
import { inForce } from './SchemesScreen';

export function AssignmentsScreen() {
  const { t, i18n } = useTranslation('remuneration');
  const locale = i18n.language;
  const notify = useToast();
  const [search, setSearch] = useState('');
  const [target, setTarget] = useState<AssignTarget | null>(null);
  const schemes = useRpcQuery('remuneration.schemes', {});
  const assignments = useRpcQuery('remuneration.assignments', { asOf: localToday() });
  const members = useRpcQuery('members.list', { search, statuses: ['trial', 'active', 'on_leave'], category: null, limit: 500 });
  const scheme = inForce(schemes.data ?? []) ?? schemes.data?.at(-1) ?? null;
  const byMember = new Map((assignments.data ?? []).map((a) => [a.memberId, a]));

  return (
    <section className="pay-screen">
      <PageHeader title={t('assignments.title')} description={t('assignments.description')} />
      <PayNav />
      {schemes.data && scheme === null ? (
        <EmptyState title={t('payRun.noSchemeTitle')} action={<Link className="button button--primary" to="/pay/schemes?new=1">{t('payRun.createScheme')}</Link>}>
          <p>{t('assignments.noScheme')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="pay-toolbar">
            <div className="field">
              <label className="field__label" htmlFor="assignments-search">
                {t('assignments.search')}
              </label>
              <input id="assignments-search" className="field__control" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
            </div>
          </div>
          <QueryState query={members}>
            {(list) =>
              list.rows.length === 0 ? (
                <EmptyState title={t('assignments.noMembers')} />
              ) : (
                <table className="data-table">
                  <caption className="visually-hidden">{t('assignments.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('payRun.number')}</th>
                      <th scope="col">{t('payRun.member')}</th>
                      <th scope="col">{t('assignments.category')}</th>
                      <th scope="col">{t('assignments.details')}</th>
                      <th scope="col" className="data-table__number">
                        {t('assignments.commitment')}
                      </th>
                      <th scope="col">{t('assignments.bankAccount')}</th>
                      <th scope="col">{t('assignments.since')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('schemes.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.rows.map((m) => {
                      const a = byMember.get(m.id) ?? null;
                      const name = `${m.lastNames}, ${m.firstNames}`;
                      const details = a
                        ? [...Object.entries(a.steps).map(([f, s]) => t('assignments.step', { factor: f, step: s })), ...a.modifiers, ...a.addOns].join(' · ') || '—'
                        : '';
                      return (
                        <tr key={m.id}>
                          <td>{m.memberNumber}</td>
                          <th scope="row">{name}</th>
                          <td>{a ? a.category : <span className="pay-missing">{t('assignments.notAssigned')}</span>}</td>
                          <td>{details}</td>
                          <td className="data-table__number">{a ? `${factorText({ num: a.commitment.num * 100, den: a.commitment.den }, locale)} %` : ''}</td>
                          <td>{a?.bankAccount ?? ''}</td>
                          <td>{a ? formatDate(a.effectiveFrom, locale) : ''}</td>
                          <td>
                            <Button
                              variant="ghost"
                              disabled={scheme === null}
                              aria-label={t(a ? 'assignments.changeLabel' : 'assignments.assignLabel', { name })}
                              onClick={() => setTarget({ memberId: m.id, memberNumber: m.memberNumber, memberName: name, current: a })}
                            >
                              {t(a ? 'assignments.change' : 'assignments.assign')}
                            </Button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )
            }
          </QueryState>
        </>
      )}
      <AssignDialog
        target={target}
        scheme={scheme}
        onClose={() => setTarget(null)}
        onSaved={() => {
          notify(t('assignments.saved', { name: target?.memberName ?? '' }), 'success');
          setTarget(null);
        }}
      />
    </section>
  );
}
