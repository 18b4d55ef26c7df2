/**
 * The coop's pay settings: what pay is called on payslips, whether a broken pay ratio blocks approval or
 * only warns (as the statute says), and whether capital instalments due are deducted from pay.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { payLabels, ratioPolicies, runFrequencies, type PayLabel, type RatioPolicy, type RemunerationSettings } from '../../../../shared/contract/remuneration';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Select } from '../../components/Select';
import { submitOnEnter } from '../../components/submit-on-enter';

function SettingsForm({ settings, onClose, onSaved }: { settings: RemunerationSettings; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('remuneration');
  const update = useRpcMutation('remuneration.updateSettings');
  const [payLabel, setPayLabel] = useState<PayLabel>(settings.payLabel);
  const [ratioPolicy, setRatioPolicy] = useState<RatioPolicy>(settings.ratioPolicy);
  const [deduct, setDeduct] = useState(settings.deductCapitalInstalments);
  const [frequency, setFrequency] = useState(settings.frequency);
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await update.mutateAsync({ ...settings, payLabel, ratioPolicy, frequency, deductCapitalInstalments: deduct });
      onSaved();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <Select
        label={t('settings.payLabel')}
        hint={t('settings.payLabelHint')}
        value={payLabel}
        options={payLabels.map((l) => ({ value: l, label: t(`payslip.title.${l}`) }))}
        onChange={(e) => setPayLabel(e.target.value as PayLabel)}
      />
      <Select
        label={t('settings.ratioPolicy')}
        hint={t('settings.ratioPolicyHint')}
        value={ratioPolicy}
        options={ratioPolicies.map((p) => ({ value: p, label: t(`settings.policy.${p}`) }))}
        onChange={(e) => setRatioPolicy(e.target.value as RatioPolicy)}
      />
      <Select
        label={t('settings.frequency')}
        value={frequency}
        options={runFrequencies.map((f) => ({ value: f, label: t(`settings.frequencies.${f}`) }))}
        onChange={(e) => setFrequency(e.target.value as (typeof runFrequencies)[number])}
      />
      <Checkbox label={t('settings.deductCapital')} checked={deduct} onChange={(e) => setDeduct(e.target.checked)} />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={update.isPending}>
          {t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

export function PaySettingsDialog({ settings, open, onClose, onSaved }: { settings: RemunerationSettings | undefined; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('remuneration');
  return (
    <Dialog open={open} onClose={onClose} title={t('settings.title')}>
      {open && settings && <SettingsForm settings={settings} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}
