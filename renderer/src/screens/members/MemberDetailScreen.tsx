/** /members/:id: the member's entry in the book, their status and its history, and who changed what. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Member } from '../../../../shared/contract/members';
import { nextStatuses } from '../../../../shared/domain/members';
import { useRpcQuery } from '../../api/queries';
import { formatDate } from '../../i18n/format';
import { AuditTrail } from '../../components/AuditTrail';
import { formatBookValue } from './format-value';
import { bookFields } from './member-fields';
import { MemberFieldList } from './MemberFieldList';
import { QueryState } from '../../components/QueryState';
import { RemoveMemberButton } from './RemoveMemberButton';
import { StatusDialog } from './StatusDialog';
import { StatusHistory } from './StatusHistory';
import { lastListSearch } from './use-list-filters';
import { useMemberId } from './use-member-id';

function MemberDetail({ member }: { member: Member }) {
  const { t, i18n } = useTranslation('members');
  const location = useLocation();
  const history = useRpcQuery('members.history', { id: member.id });
  const audit = useRpcQuery('members.auditTrail', { id: member.id });
  const [changing, setChanging] = useState(false);
  const [notice, setNotice] = useState<string | null>((location.state as { saved?: boolean } | null)?.saved ? t('saved') : null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const canChange = nextStatuses(member.status).length > 0;
  // Only an application entered by mistake may be deleted: still an applicant, with no change after it.
  const removable = member.status === 'applicant' && history.data !== undefined && history.data.length <= 1;

  return (
    <>
      <header className="member-header">
        <p className="member-header__back">
          <Link to={{ pathname: '/members', search: lastListSearch() }}>{t('detail.back')}</Link>
        </p>
        <h1>
          {member.firstNames} {member.lastNames}
          <span className="member-header__number"> · {t('detail.number', { number: member.memberNumber })}</span>
        </h1>
        <p className="member-header__status">
          <span className={`member-status member-status--${member.status}`}>{t(`status.${member.status}`)}</span>{' '}
          {t('detail.since', { date: formatDate(member.statusSince, i18n.language) })}
        </p>
        <div className="member-header__actions">
          <Link className="button" to={`/capital/members/${member.id}`}>{t('detail.capital')}</Link>
          <Link className="button" to={`/members/${member.id}/edit`}>
            {t('detail.edit')}
          </Link>
          {canChange && (
            <button type="button" className="button" onClick={() => setChanging(true)}>
              {t('detail.changeStatus')}
            </button>
          )}
          {removable && <RemoveMemberButton member={member} onRefused={setRefusal} />}
        </div>
      </header>
      <p role="status" className="members-notice">
        {notice}
      </p>
      {refusal && (
        <p role="alert" className="members-error">
          {refusal}
        </p>
      )}

      <section className="member-section" aria-labelledby="member-fields-title">
        <h2 id="member-fields-title">{t('detail.fields')}</h2>
        <MemberFieldList member={member} />
      </section>
      {history.data && <StatusHistory history={history.data} onCorrected={() => setNotice(t('correction.recorded'))} />}
      {audit.data && (
        <AuditTrail
          className="member-section"
          entries={audit.data}
          title={t('audit.title')}
          fields={bookFields}
          fieldLabel={(field) => t(`fields.${field}`)}
          formatValue={(field, value) => formatBookValue(t, i18n.language, field, value)}
          actionLabel={(action) => t(`audit.action.${action}`, { defaultValue: action })}
        />
      )}

      <StatusDialog
        member={member}
        open={changing}
        onClose={() => setChanging(false)}
        onChanged={(status) => {
          setChanging(false);
          setNotice(t('statusDialog.recorded', { status: t(`status.${status}`) }));
        }}
      />
    </>
  );
}

export function MemberDetailScreen() {
  const id = useMemberId();
  const member = useRpcQuery('members.get', { id });
  return (
    <section className="members-screen member-detail">
      <QueryState query={member}>{(m) => <MemberDetail member={m} />}</QueryState>
    </section>
  );
}
