/** /members/:id/edit: corrects a member's book fields; the save is refused if someone changed them meanwhile. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Member } from '../../../../shared/contract/members';
import { call } from '../../api/client';
import { useRpcQuery } from '../../api/queries';
import { editableFields } from './member-fields';
import { MemberForm } from './MemberForm';
import type { MemberFormValues } from './member-form-schema';
import { QueryState } from '../../components/QueryState';
import { useMemberId } from './use-member-id';

function editValues(member: Member): MemberFormValues {
  const values: Partial<Record<string, unknown>> = {};
  for (const name of editableFields) values[name] = member[name];
  return values as MemberFormValues;
}

/** Keeps the member as it was when the form opened: its stamp is what a concurrent change is checked against. */
function EditForm({ member }: { member: Member }) {
  const navigate = useNavigate();
  const [opened] = useState(member);
  return (
    <MemberForm
      mode="edit"
      memberNumber={opened.memberNumber}
      defaultValues={editValues(opened)}
      onSave={async (values) => {
        await call('members.update', { ...values, id: opened.id, expectedUpdatedAt: opened.updatedAt });
        await navigate(`/members/${opened.id}`, { state: { saved: true } });
      }}
      onCancel={() => void navigate(`/members/${opened.id}`)}
    />
  );
}

export function EditMemberScreen() {
  const { t } = useTranslation('members');
  const id = useMemberId();
  const member = useRpcQuery('members.get', { id }, { staleTime: 0 });

  return (
    <section className="members-screen" aria-labelledby="member-form-title">
      <h1 id="member-form-title">
        {member.data ? t('form.editTitle', { name: `${member.data.firstNames} ${member.data.lastNames}` }) : t('form.editTitleShort')}
      </h1>
      <QueryState query={member}>
        {(m) => <EditForm member={m} />}
      </QueryState>
    </section>
  );
}
