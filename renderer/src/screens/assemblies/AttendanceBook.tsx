/**
 * The attendance book at the door: the secretary types a member number (or part of a name) and presses
 * Enter — one key checks the member in, or out if already in. Times are the book's own; who may only speak
 * is marked (voters are the rule), with why. Proxies are given here, where the profile allows them.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceEntry, RollEntry } from '../../../../shared/contract/assemblies';
import { useRpcMutation } from '../../api/queries';
import { useSearchShortcut } from '../../app/shortcuts';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';
import { HeldProxy } from './HeldProxy';
import { ProxyDialog } from './ProxyDialog';
import { findOnRoll } from './roll-search';
import { formatTime } from './when';

interface Props {
  meetingId: number;
  roll: readonly RollEntry[];
  attendance: readonly AttendanceEntry[];
  /** Once closed, the book is read only. */
  open: boolean;
  /** The statute allows proxies (Spain, within a cap); Argentina's model statute and Brazil forbid them. */
  proxiesAllowed: boolean;
}

function Standing({ entry }: { entry: Pick<RollEntry, 'standing' | 'reason'> }) {
  const { t } = useTranslation('assemblies');
  if (entry.standing === 'voter') return <span className="badge assemblies-standing">{t('standing.voter')}</span>;
  return (
    <span className="badge assemblies-standing assemblies-standing--speaker" title={entry.reason ? t(`reason.${entry.reason}`) : undefined}>
      {t('standing.speaker')}
      {entry.reason && <span className="visually-hidden">: {t(`reason.${entry.reason}`)}</span>}
    </span>
  );
}

export function AttendanceBook({ meetingId, roll, attendance, open, proxiesAllowed }: Props) {
  const { t, i18n } = useTranslation('assemblies');
  const locale = i18n.language;
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const checkIn = useRpcMutation('assemblies.checkIn');
  const checkOut = useRpcMutation('assemblies.checkOut');
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [said, setSaid] = useState<{ text: string; failed: boolean } | null>(null);
  const [proxyHolder, setProxyHolder] = useState<AttendanceEntry | null>(null);
  useSearchShortcut(input);

  const inside = new Map(attendance.filter((a) => a.outAt === null).map((a) => [a.memberId, a]));
  const match = findOnRoll(roll, text);
  const candidates = match.kind === 'number' ? (match.entry ? [match.entry] : []) : match.kind === 'name' ? match.entries : [];
  const chosen = candidates[Math.min(active, candidates.length - 1)] ?? null;
  const listId = `${inputId}-matches`;

  const toggle = async (entry: RollEntry) => {
    const leaving = inside.has(entry.memberId);
    const who = `${entry.memberNumber} · ${entry.memberName}`;
    try {
      if (leaving) {
        await checkOut.mutateAsync({ meetingId, memberId: entry.memberId });
        setSaid({ text: t('attendance.checkedOut', { who }), failed: false });
      } else {
        const row = await checkIn.mutateAsync({ meetingId, memberId: entry.memberId });
        setSaid({ text: t('attendance.checkedIn', { who, time: formatTime(row.inAt, locale) }), failed: false });
      }
      setText('');
      setActive(0);
    } catch (error) {
      setSaid({ text: failureText(t, error), failed: true });
    }
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const by = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.max(0, Math.min(candidates.length - 1, i + by)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (chosen) void toggle(chosen);
      else if (match.kind === 'number') setSaid({ text: t('attendance.notOnRoll', { number: match.number }), failed: true });
    } else if (event.key === 'Escape') {
      setText('');
    }
  };

  const present = attendance.filter((a) => a.outAt === null);
  const left = attendance.filter((a) => a.outAt !== null);

  return (
    <section className="assemblies-panel assemblies-book" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('attendance.title')}</h2>
      {open && (
        <div className="assemblies-checkin">
          <label className="field__label" htmlFor={inputId}>
            {t('attendance.search')}
          </label>
          <input
            ref={input}
            id={inputId}
            className="field__control"
            type="search"
            autoComplete="off"
            role="combobox"
            aria-expanded={candidates.length > 0}
            aria-controls={listId}
            aria-activedescendant={chosen ? `${listId}-${chosen.memberId}` : undefined}
            aria-describedby={`${inputId}-hint`}
            aria-keyshortcuts="/ Control+K"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setActive(0);
              setSaid(null);
            }}
            onKeyDown={onKeyDown}
          />
          <p className="field__hint" id={`${inputId}-hint`}>
            {t('attendance.searchHint')}
          </p>
          <ul id={listId} role="listbox" aria-label={t('attendance.matches')} className="assemblies-matches">
            {candidates.map((entry) => (
              <li
                key={entry.memberId}
                id={`${listId}-${entry.memberId}`}
                role="option"
                aria-selected={entry === chosen}
                className="assemblies-match"
                onMouseDown={(e) => {
                  e.preventDefault();
                  void toggle(entry);
                }}
              >
                <span className="assemblies-match__who">
                  {entry.memberNumber} · {entry.memberName}
                </span>
                <Standing entry={entry} />
                <span className="assemblies-match__action">{inside.has(entry.memberId) ? t('attendance.enterOut') : t('attendance.enterIn')}</span>
              </li>
            ))}
          </ul>
          {match.kind === 'number' && !match.entry && <p className="field__hint">{t('attendance.notOnRoll', { number: match.number })}</p>}
          {match.kind === 'name' && match.entries.length === 0 && <p className="field__hint">{t('attendance.noMatch')}</p>}
          <p role="status" className={said?.failed ? 'assemblies-refusal' : 'assemblies-said'}>
            {said?.text}
          </p>
        </div>
      )}
      <p className="assemblies-book__count">
        {t('attendance.count', { present: present.length, left: left.length })}
        {' · '}
        {t('attendance.speakersNote', { count: present.filter((a) => a.standing === 'speaker').length })}
      </p>
      <div className="assemblies-book__table">
        <table className="data-table">
          <caption className="visually-hidden">{t('attendance.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('attendance.member')}</th>
              <th scope="col">{t('attendance.times')}</th>
              {open && <th scope="col"><span className="visually-hidden">{t('attendance.actions')}</span></th>}
            </tr>
          </thead>
          <tbody>
            {[...present, ...left].map((entry) => (
              <tr key={entry.id} className={entry.outAt ? 'assemblies-book__left' : undefined}>
                <th scope="row" className="assemblies-book__who">
                  <span className="assemblies-book__number">{entry.memberNumber}</span> · {entry.memberName}
                  {entry.standing === 'speaker' && (
                    <>
                      {' '}
                      <Standing entry={{ standing: entry.standing, reason: null }} />
                    </>
                  )}
                  {entry.proxyFor.map((p) => (
                    <HeldProxy key={p.proxyId} proxy={p} holder={entry.memberName} canRevoke={open && entry.outAt === null} />
                  ))}
                </th>
                <td className="data-table__number">
                  {entry.outAt ? t('attendance.inOut', { in: formatTime(entry.inAt, locale), out: formatTime(entry.outAt, locale) }) : formatTime(entry.inAt, locale)}
                </td>
                {open && (
                  <td className="assemblies-book__actions">
                    {entry.outAt === null && (
                      <>
                        {proxiesAllowed && entry.standing === 'voter' && (
                          <Button variant="ghost" onClick={() => setProxyHolder(entry)} aria-label={t('proxy.giveTo', { who: entry.memberName })}>
                            {t('proxy.short')}
                          </Button>
                        )}
                        <Button
                          variant="ghost"
                          onClick={() => {
                            const onRoll = roll.find((r) => r.memberId === entry.memberId);
                            if (onRoll) void toggle(onRoll);
                          }}
                          aria-label={t('attendance.checkOutWho', { who: entry.memberName })}
                        >
                          {t('attendance.checkOut')}
                        </Button>
                      </>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ProxyDialog meetingId={meetingId} holder={proxyHolder} roll={roll} attendance={attendance} onClose={() => setProxyHolder(null)} />
    </section>
  );
}
