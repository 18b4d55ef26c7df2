/** /assemblies/new: a new meeting's details; the agenda, the roll and the checklist come next, on its page. */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRpcMutation } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { MeetingForm } from './MeetingForm';

export function ConveneScreen() {
  const { t } = useTranslation('assemblies');
  const navigate = useNavigate();
  const notify = useToast();
  const create = useRpcMutation('assemblies.create');
  return (
    <section className="assemblies-screen">
      <PageHeader title={t('convene.title')} description={t('convene.description')} />
      <MeetingForm
        initial={null}
        submitLabel={t('convene.create')}
        busy={create.isPending}
        onCancel={() => void navigate('/assemblies')}
        onSubmit={async (details) => {
          const { id } = await create.mutateAsync(details);
          notify(t('convene.created'), 'success');
          void navigate(`/assemblies/${id}`);
        }}
      />
    </section>
  );
}
