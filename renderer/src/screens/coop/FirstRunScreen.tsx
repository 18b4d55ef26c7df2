import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import type { CoopProfile } from '../../../../shared/contract/coop';
import { useRpcMutation } from '../../api/queries';
import { coopQueryKey, useCoop } from '../../app/use-coop';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Select } from '../../components/Select';
import { isLocale, languageOptions } from './options';
import { SetupForm } from './SetupForm';
import './first-run.css';

/** First run: choose a language, then set up the cooperative or explore a demo one. */
export function FirstRunScreen() {
  const { t, i18n } = useTranslation('coop');
  const coop = useCoop();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [step, setStep] = useState<'welcome' | 'setup'>('welcome');
  const demo = useRpcMutation('coop.setupDemo');
  const heading = useRef<HTMLHeadingElement>(null);
  const setupHint = useId();
  const demoHint = useId();

  // A new step is a new page for a screen reader: move focus to its heading (not on first load).
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [step]);

  if (coop.data) return <Navigate to="/members" replace />;

  const done = (profile: CoopProfile) => {
    queryClient.setQueryData(coopQueryKey, profile);
    void navigate('/members', { replace: true });
  };
  const startDemo = () => demo.mutate({ locale: isLocale(i18n.language) ? i18n.language : 'es' }, { onSuccess: done });

  return (
    <main id="main" className="first-run">
      <div className="first-run__panel stack">
        <h1 ref={heading} tabIndex={-1}>
          {step === 'welcome' ? t('firstRun.title') : t('firstRun.setupTitle')}
        </h1>
        {step === 'setup' ? (
          <SetupForm onDone={done} onBack={() => setStep('welcome')} />
        ) : (
          <>
            <p>{t('firstRun.intro')}</p>
            <Select
              label={t('common:language')}
              options={languageOptions(t)}
              value={i18n.language}
              disabled={demo.isPending}
              onChange={(event) => void i18n.changeLanguage(event.target.value)}
            />
            <ul className="first-run__choices" aria-label={t('firstRun.choices')}>
              <li>
                <button type="button" className="choice" aria-describedby={setupHint} disabled={demo.isPending} onClick={() => setStep('setup')}>
                  <span className="choice__title">{t('firstRun.setupChoice')}</span>
                  <span className="choice__hint" id={setupHint}>
                    {t('firstRun.setupChoiceHint')}
                  </span>
                </button>
              </li>
              <li>
                <button type="button" className="choice" aria-describedby={demoHint} disabled={demo.isPending} onClick={startDemo}>
                  <span className="choice__title">{t('firstRun.demoChoice')}</span>
                  <span className="choice__hint" id={demoHint}>
                    {t('firstRun.demoChoiceHint')}
                  </span>
                </button>
              </li>
            </ul>
            {demo.isPending && (
              <div className="first-run__progress" role="status">
                <progress aria-label={t('firstRun.demoChoice')} />
                <p>{t('firstRun.demoRunning')}</p>
              </div>
            )}
            <ErrorMessage error={demo.error} />
          </>
        )}
      </div>
    </main>
  );
}
