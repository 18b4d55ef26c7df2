/**
 * The members register's own setting: how far ahead a status change may be dated (a leave agreed in
 * advance). The status dialog's refusal points here, so it must be reachable from the app.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toast';

const MAX_MARGIN_DAYS = 366;

export function MembersSettings() {
  const { t } = useTranslation('members');
  const settings = useRpcQuery('members.settings', {});
  const save = useRpcMutation('members.updateSettings');
  const notify = useToast();
  const [typed, setTyped] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);

  if (!settings.data) return settings.error ? <ErrorMessage error={settings.error} /> : null;
  const shown = typed ?? String(settings.data.statusFutureMarginDays);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const days = Number(shown);
    if (!/^\d+$/.test(shown.trim()) || days > MAX_MARGIN_DAYS) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    save.mutate(
      { statusFutureMarginDays: days },
      {
        onSuccess: () => {
          setTyped(null);
          notify(t('settings.saved'), 'success');
        },
      },
    );
  };

  return (
    <section className="settings__section stack" aria-labelledby="settings-members">
      <h2 id="settings-members">{t('settings.title')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label={t('settings.statusFutureMarginDays')}
          hint={t('settings.statusFutureMarginDaysHint')}
          error={invalid ? t('settings.marginInvalid', { max: MAX_MARGIN_DAYS }) : undefined}
          inputMode="numeric"
          value={shown}
          onChange={(event) => setTyped(event.target.value)}
        />
        {save.error && <ErrorMessage error={save.error} />}
        <div className="cluster">
          <Button type="submit" variant="primary" busy={save.isPending}>
            {t('settings.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
