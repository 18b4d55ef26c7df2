/**
 * The quorum at a glance: voters in the room (and represented) against what the current call needs, a clock
 * to the next call, and — once reached — the button that records the instant and call of constitution,
 * which go into the minutes.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, QuorumState } from '../../../../shared/contract/assemblies';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';
import { QuorumMeter } from './QuorumMeter';
import { useNow } from './use-now';
import { countdown, formatTime } from './when';

interface Props {
  meeting: Meeting;
  quorum: QuorumState;
  /** The next call has opened: the quorum must be asked again. */
  onCallOpened: () => void;
}

export function QuorumBar({ meeting, quorum, onCallOpened }: Props) {
  const { t, i18n } = useTranslation('assemblies');
  const locale = i18n.language;
  const now = useNow();
  const constitute = useRpcMutation('assemblies.constitute');
  const [refusal, setRefusal] = useState<string | null>(null);
  const next = quorum.nextCallAt;
  const opened = next !== null && new Date(next).getTime() <= now;
  useEffect(() => {
    if (opened) onCallOpened();
  }, [opened, onCallOpened]);
  const constituted = quorum.constitutedAt !== null;

  return (
    <section className="assemblies-quorum" aria-labelledby="quorum-heading">
      <h2 id="quorum-heading" className="visually-hidden">
        {t('quorum.title')}
      </h2>
      <QuorumMeter quorum={quorum} />
      <div className="assemblies-quorum__call">
        <p>
          <strong>{t('quorum.call', { call: quorum.call })}</strong>{' '}
          <span className="assemblies-hint">{quorum.basis}</span>
        </p>
        {next !== null && !constituted && (
          <p className="assemblies-quorum__clock" aria-live="off">
            {t('quorum.nextCall', { call: quorum.call + 1, time: formatTime(next, locale) })}{' '}
            <span className="assemblies-quorum__countdown">{countdown(next, now)}</span>
          </p>
        )}
      </div>
      <div className="assemblies-quorum__constitution">
        {constituted ? (
          <p className="assemblies-quorum__constituted">
            {t('quorum.constituted', {
              time: formatTime(quorum.constitutedAt!, locale),
              call: quorum.constitutedCall ?? quorum.call,
              present: meeting.constitutedPresent ?? quorum.present,
            })}
          </p>
        ) : (
          <Button
            variant="primary"
            disabled={!quorum.reached || meeting.status === 'closed'}
            busy={constitute.isPending}
            onClick={() => {
              setRefusal(null);
              constitute.mutateAsync({ meetingId: meeting.id }).catch((error: unknown) => setRefusal(failureText(t, error)));
            }}
          >
            {t('quorum.constitute')}
          </Button>
        )}
        {refusal && (
          <p role="alert" className="assemblies-refusal">
            {refusal}
          </p>
        )}
      </div>
    </section>
  );
}
