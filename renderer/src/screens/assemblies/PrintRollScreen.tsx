/**
 * /print/assemblies/roll/:id: the roll of members (padrón) for a meeting — each member on it, whether they
 * may vote or only speak and why — with a column to sign on arrival, in the coop's language.
 */
import { useTranslation } from 'react-i18next';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { CoopIdentity } from './CoopIdentity';
import { usePrintReady } from '../../components/use-print-ready';
import { PrintToolbar } from './PrintToolbar';
import { useMeetingId } from './use-meeting-id';
import { meetingName } from './when';
import './assemblies-print.css';

export function PrintRollScreen() {
  const { t, i18n } = useTranslation('assemblies');
  const id = useMeetingId();
  const coop = useRpcQuery('coop.get', {});
  const meeting = useRpcQuery('assemblies.get', { id: id ?? 1 }, { enabled: id !== null, staleTime: 0 });
  const roll = useRpcQuery('assemblies.roll', { meetingId: id ?? 1 }, { enabled: id !== null, staleTime: 0 });
  const print = useRpcMutation('assemblies.printRoll');
  const locale = coop.data?.locale ?? i18n.language;
  const book = i18n.getFixedT(locale, 'assemblies');
  const members = i18n.getFixedT(locale, 'members');
  const name = meeting.data ? meetingName(book, meeting.data, locale) : '';
  const title = coop.data && meeting.data ? `${book('print.rollTitle')} — ${name} — ${coop.data.name}` : book('print.rollTitle');
  const ready = coop.data != null && meeting.data !== undefined && roll.data !== undefined;
  usePrintReady(ready, title);
  const voters = roll.data?.filter((r) => r.standing === 'voter').length ?? 0;

  return (
    <main className="print-page assemblies-print" lang={locale}>
      <PrintToolbar
        title={t('print.roll')}
        back={id ? `/assemblies/${id}` : '/assemblies'}
        ready={ready}
        busy={print.isPending}
        savePdf={() => print.mutateAsync({ meetingId: id ?? 1 })}
      />
      {id === null && <p role="alert">{t('print.badAddress')}</p>}
      {coop.data && meeting.data && roll.data ? (
        <table className="assemblies-print__roll">
          <thead>
            <tr className="assemblies-print__identity">
              <th scope="colgroup" colSpan={4}>
                <CoopIdentity coop={coop.data} members={members} />
                <span className="assemblies-print__heading">
                  {book('print.rollTitle')} — {name}
                </span>
                <span>{book('print.rollCount', { voters, speakers: roll.data.length - voters })}</span>
              </th>
            </tr>
            <tr>
              <th scope="col">{book('print.number')}</th>
              <th scope="col">{book('attendance.member')}</th>
              <th scope="col">{book('attendance.standing')}</th>
              <th scope="col">{book('print.signature')}</th>
            </tr>
          </thead>
          <tbody>
            {roll.data.map((entry) => (
              <tr key={entry.memberId}>
                <td className="assemblies-print__number">{entry.memberNumber}</td>
                <td>{entry.memberName}</td>
                <td>
                  {book(`standing.${entry.standing}`)}
                  {entry.reason && ` — ${book(`reason.${entry.reason}`)}`}
                </td>
                <td className="assemblies-print__sign" />
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        id !== null && <p role="status">{t('print.loading')}</p>
      )}
    </main>
  );
}
