/**
 * /projector: what the room sees, readable from the back — large type, high contrast, never a scrollbar at
 * 1920×1080 or 1280×720. It shows what the secretary chose (assemblies.project) and follows every change of
 * the `assemblies` topic without a reload: a vote closed in the main window appears here within a second.
 */
import { useTranslation } from 'react-i18next';
import type { Projection } from '../../../../shared/contract/assemblies';
import { useRpcQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { QuorumMeter } from './QuorumMeter';
import { useNow } from './use-now';
import { VoteResult } from './VoteResult';
import { countdown, formatTime, meetingName } from './when';
import './projector.css';

/** The quorum's call changes with the clock alone: ask again now and then. */
const REFRESH_MS = 20_000;

function ItemView({ projection }: { projection: Projection }) {
  const { t } = useTranslation('assemblies');
  const item = projection.item;
  if (!item) return <p className="projector__idle">{t('projector.noItem')}</p>;
  return (
    <div className="projector__item">
      <p className="projector__kicker">{t('projector.item', { number: item.number })}</p>
      <h2 className="projector__headline">{item.title}</h2>
      {item.description && <p className="projector__description">{item.description}</p>}
      {item.needsVote && <p className="projector__note">{t('projector.needsVote', { matter: t(`matter.${item.matter}`) })}</p>}
    </div>
  );
}

function QuorumView({ projection, now }: { projection: Projection; now: number }) {
  const { t, i18n } = useTranslation('assemblies');
  const quorum = projection.quorum;
  if (!quorum) return <p className="projector__idle">{t('projector.noQuorum')}</p>;
  return (
    <div className="projector__quorum">
      <p className="projector__kicker">{t('quorum.call', { call: quorum.call })}</p>
      <QuorumMeter quorum={quorum} large />
      {quorum.constitutedAt ? (
        <p className="projector__note">
          {t('quorum.constitutedShort', { time: formatTime(quorum.constitutedAt, i18n.language), call: quorum.constitutedCall ?? quorum.call })}
        </p>
      ) : (
        quorum.nextCallAt && (
          <p className="projector__note">
            {t('quorum.nextCall', { call: quorum.call + 1, time: formatTime(quorum.nextCallAt, i18n.language) })}{' '}
            <span className="projector__countdown">{countdown(quorum.nextCallAt, now)}</span>
          </p>
        )
      )}
      <p className="projector__basis">{quorum.basis}</p>
    </div>
  );
}

function VoteView({ projection }: { projection: Projection }) {
  const { t } = useTranslation('assemblies');
  const vote = projection.vote;
  if (!vote) return <p className="projector__idle">{t('projector.noVote')}</p>;
  const { yes, no, abstain } = vote.tally;
  const bar = (label: string, value: number, kind: string) => (
    <div className={`projector__tally projector__tally--${kind}`}>
      <span className="projector__tally-label">{label}</span>
      <span className="projector__tally-value">{value}</span>
    </div>
  );
  return (
    <div className="projector__vote">
      <p className="projector__kicker">
        {projection.item ? t('projector.item', { number: projection.item.number }) : t('room.offAgenda')} · {t(`voteMode.${vote.mode}`)}
      </p>
      {projection.item && <h2 className="projector__title">{projection.item.title}</h2>}
      <div className="projector__tallies">
        {bar(t('tally.yes'), yes, 'yes')}
        {bar(t('tally.no'), no, 'no')}
        {bar(t('tally.abstain'), abstain, 'abstain')}
      </div>
      <p className="projector__needed">{t('projector.needed', { needed: vote.yesNeeded })}</p>
      <p className="projector__basis">
        {t('vote.counted', { counted: vote.counted, present: vote.present })} · {vote.rule}
      </p>
    </div>
  );
}

function ResultView({ projection }: { projection: Projection }) {
  const { t } = useTranslation('assemblies');
  const result = projection.result;
  if (!result) return <p className="projector__idle">{t('projector.noResult')}</p>;
  return (
    <div className="projector__result">
      <p className="projector__motion">{result.motion}</p>
      <VoteResult vote={result.vote} large />
    </div>
  );
}

function SpeakersView({ projection }: { projection: Projection }) {
  const { t } = useTranslation('assemblies');
  const waiting = projection.speakers.filter((s) => !s.spoke);
  if (waiting.length === 0) return <p className="projector__idle">{t('projector.noSpeakers')}</p>;
  return (
    <div className="projector__speakers">
      <p className="projector__kicker">{t('speakers.title')}</p>
      <ol>
        {waiting.slice(0, 8).map((s, i) => (
          <li key={s.id} className={i === 0 ? 'projector__speaking' : undefined}>
            {i === 0 && <span className="projector__now">{t('projector.speakingNow')}</span>}
            {s.memberName}
          </li>
        ))}
      </ol>
      {waiting.length > 8 && <p className="projector__note">{t('projector.moreSpeakers', { count: waiting.length - 8 })}</p>}
    </div>
  );
}

export function ProjectorScreen() {
  const { t, i18n } = useTranslation('assemblies');
  const coop = useRpcQuery('coop.get', {});
  const projection = useRpcQuery('assemblies.projection', {}, { refetchInterval: REFRESH_MS, staleTime: 0 });
  const now = useNow();
  const p = projection.data;
  const views = {
    item: () => <ItemView projection={p!} />,
    quorum: () => <QuorumView projection={p!} now={now} />,
    vote: () => <VoteView projection={p!} />,
    result: () => <ResultView projection={p!} />,
    speakers: () => <SpeakersView projection={p!} />,
  };
  return (
    <main className="projector" lang={i18n.language} aria-labelledby="projector-title">
      <header className="projector__header">
        <h1 id="projector-title" className="projector__coop">
          {p?.meeting ? meetingName(t, p.meeting, i18n.language) : (coop.data?.name ?? 'Minga')}
        </h1>
        <p className="projector__clock">{formatTime(new Date(now).toISOString(), i18n.language)}</p>
      </header>
      <section className="projector__stage" aria-live="polite">
        {projection.error && <ErrorMessage error={projection.error} />}
        {p && (p.meeting ? views[p.view]() : <p className="projector__idle">{t('projector.idle', { coop: coop.data?.name ?? '' })}</p>)}
      </section>
      {p?.quorum && p.view !== 'quorum' && (
        <footer className="projector__footer">
          <QuorumMeter quorum={p.quorum} />
        </footer>
      )}
    </main>
  );
}
