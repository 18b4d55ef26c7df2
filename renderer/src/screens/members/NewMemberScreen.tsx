/** /members/new: registers a member under the next free number (or one typed from a paper book). */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { localToday } from '../../../../shared/domain/dates';
import { call } from '../../api/client';
import { useRpcQuery } from '../../api/queries';
import { MemberForm } from './MemberForm';
import type { MemberFormValues } from './member-form-schema';
import { QueryState } from '../../components/QueryState';
import { lastListSearch } from './use-list-filters';

export function NewMemberScreen() {
  const { t } = useTranslation('members');
  const navigate = useNavigate();
  const next = useRpcQuery('members.nextNumber', {}, { staleTime: 0 });

  const defaults = (memberNumber: number): MemberFormValues => ({
    memberNumber,
    lastNames: '',
    firstNames: '',
    nationalId: null,
    taxId: null,
    nationality: null,
    birthDate: null,
    email: null,
    phone: null,
    address: null,
    joinDate: localToday(),
    admissionResolution: null,
    category: null,
    weeklyHours: Number.NaN,
    status: 'applicant',
  });

  const save = async (values: MemberFormValues) => {
    const created = await call('members.create', values);
    await navigate(`/members/${created.id}`, { state: { saved: true } });
  };

  return (
    <section className="members-screen" aria-labelledby="member-form-title">
      <h1 id="member-form-title">{t('form.newTitle')}</h1>
      <QueryState query={next}>
        {(number) => (
          <MemberForm mode="create" defaultValues={defaults(number)} onSave={save} onCancel={() => void navigate(`/members${lastListSearch()}`)} />
        )}
      </QueryState>
    </section>
  );
}
