/**
 * /surplus/post: the distribution becomes final once an assembly approved it. Pick the approved
 * resolution, confirm (nothing can be edited afterwards) and post: the answer names the journal entry.
 * A posted year is corrected by a reversal with a reason, confirmed the same way.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Output } from '../../../../shared/contract';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { formatDate } from '../../i18n/format';
import { SurplusNav } from './SurplusNav';
import { YearPicker } from './YearPicker';
import { useSurplusYear } from './use-year';

export function PostingScreen() {
  const { t } = useTranslation('surplus');
  const [year, setYear] = useSurplusYear();
  const closed = useRpcQuery('surplus.year', { year });
  // The answer outlives the form it came from: once posted, the year's query refreshes into the other form.
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="surplus-screen">
      <PageHeader title={t('post.title')} description={t('post.description')} />
      <SurplusNav year={year} />
      <YearPicker year={year} onChange={setYear} />
      {done && <p role="status" className="surplus-done">{done}</p>}
      <QueryState query={closed}>
        {(data) =>
          data === null ? (
            <p>{t('post.notClosed', { year })}</p>
          ) : data.posting ? (
            <Reverse key={year} year={year} posting={data.posting} onDone={setDone} />
          ) : (
            <Post key={year} year={year} lastReversal={data.lastReversal} onDone={setDone} />
          )
        }
      </QueryState>
    </section>
  );
}

type ClosedYear = NonNullable<Output<'surplus.year'>>;

function Post({ year, lastReversal, onDone }: { year: number; lastReversal: ClosedYear['lastReversal']; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation('surplus');
  const resolutions = useRpcQuery('assemblies.resolutions', { kind: 'surplus-distribution' });
  const post = useRpcMutation('surplus.post');
  const [resolutionId, setResolutionId] = useState<number | null>(null);
  const [date, setDate] = useState<string | null>(localToday());
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="surplus-post-title" className="surplus-form">
      <h2 id="surplus-post-title">{t('post.postTitle', { year })}</h2>
      {lastReversal && <p>{t('post.lastReversal', { date: formatDate(lastReversal.reversedOn, i18n.language), entry: lastReversal.journalEntryNumber })}</p>}
      <QueryState query={resolutions}>
        {(rows) =>
          rows.length === 0 ? (
            <p>
              {t('post.noResolution')} <Link to="/assemblies">{t('post.toAssemblies')}</Link>
            </p>
          ) : (
            <Select
              label={t('post.resolution')}
              value={resolutionId ?? ''}
              options={[{ value: '', label: t('post.choose') }, ...rows.map((r) => ({ value: String(r.id), label: `${r.reference} · ${formatDate(r.date, i18n.language)} · ${r.title}` }))]}
              onChange={(event) => setResolutionId(event.target.value === '' ? null : Number(event.target.value))}
            />
          )
        }
      </QueryState>
      <DateField label={t('post.date')} value={date} onChange={setDate} required />
      <ErrorMessage error={post.error} />
      <Button variant="primary" disabled={resolutionId === null || date === null} onClick={() => setAsking(true)}>
        {t('post.post')}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t('post.confirmTitle', { year })}
        confirmLabel={t('post.confirm')}
        busy={post.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          if (resolutionId === null || date === null) return;
          post.mutate(
            { year, resolutionId, date },
            { onSettled: () => setAsking(false), onSuccess: (answer) => onDone(t('post.posted', { year, entry: answer.journalEntryNumber })) },
          );
        }}
      >
        <p>{t('post.final')}</p>
      </ConfirmDialog>
    </section>
  );
}

function Reverse({ year, posting, onDone }: { year: number; posting: NonNullable<ClosedYear['posting']>; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation('surplus');
  const reverse = useRpcMutation('surplus.reverse');
  const [reason, setReason] = useState('');
  const [date, setDate] = useState<string | null>(localToday());
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="surplus-reverse-title" className="surplus-form">
      <h2 id="surplus-reverse-title">{t('post.postedTitle', { year })}</h2>
      <p className="surplus-posted-entry">
        {t('post.postedEntry', { date: formatDate(posting.postedOn, i18n.language), entry: posting.journalEntryNumber, reference: posting.resolutionReference })}
      </p>
      <p>{t('post.postedText', { year })}</p>
      <Field label={t('post.reason')} value={reason} maxLength={500} required onChange={(event) => setReason(event.target.value)} />
      <DateField label={t('post.date')} value={date} onChange={setDate} required />
      <ErrorMessage error={reverse.error} />
      <Button variant="danger" disabled={reason.trim() === '' || date === null} onClick={() => setAsking(true)}>
        {t('post.reverse')}
      </Button>
      <ConfirmDialog
        open={asking}
        danger
        title={t('post.reverseTitle', { year })}
        confirmLabel={t('post.reverseConfirm')}
        busy={reverse.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          if (date === null) return;
          reverse.mutate(
            { year, date, reason: reason.trim() },
            { onSettled: () => setAsking(false), onSuccess: (answer) => onDone(t('post.reversed', { year, entry: answer.journalEntryNumber })) },
          );
        }}
      >
        <p>{t('post.reverseText')}</p>
      </ConfirmDialog>
    </section>
  );
}
