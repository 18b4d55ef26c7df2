import { useTranslation } from 'react-i18next';
import { useCoop } from '../../app/use-coop';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { Appearance } from './Appearance';
import { DataSafety } from './DataSafety';
import { LeaveDemo } from './LeaveDemo';
import { MembersSettings } from './MembersSettings';
import { ProfileForm } from './ProfileForm';
import './settings.css';

export function SettingsScreen() {
  const { t } = useTranslation('coop');
  const coop = useCoop();
  return (
    <div className="settings">
      <PageHeader title={t('settings.title')} description={t('settings.intro')} />
      {coop.error && <ErrorMessage error={coop.error} />}
      <LeaveDemo />
      {coop.data && <ProfileForm profile={coop.data} />}
      {coop.data && <MembersSettings />}
      <Appearance />
      <DataSafety />
    </div>
  );
}
