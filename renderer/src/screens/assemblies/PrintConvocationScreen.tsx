/**
 * /print/assemblies/convocation/:id: the convocation as it is posted and sent — who convenes, the kind of
 * meeting, when and where, the later calls the statute allows, and the agenda with its documents — in the
 * coop's language whatever the screen's, with lines for the president's and secretary's signatures.
 */
import { useTranslation } from 'react-i18next';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { CoopIdentity } from './CoopIdentity';
import { usePrintReady } from '../../components/use-print-ready';
import { PrintToolbar } from './PrintToolbar';
import { useMeetingId } from './use-meeting-id';
import { formatDay, formatTime } from './when';
import './assemblies-print.css';

export function PrintConvocationScreen() {
  const { t, i18n } = useTranslation('assemblies');
  const id = useMeetingId();
  const coop = useRpcQuery('coop.get', {});
  const meeting = useRpcQuery('assemblies.get', { id: id ?? 1 }, { enabled: id !== null, staleTime: 0 });
  const print = useRpcMutation('assemblies.printConvocation');
  const locale = coop.data?.locale ?? i18n.language;
  const book = i18n.getFixedT(locale, 'assemblies');
  const members = i18n.getFixedT(locale, 'members');
  const m = meeting.data;
  const kind = m ? book(`kind.${m.kind}`) : '';
  const title = coop.data && m ? `${book('print.convocationTitle', { kind })} — ${coop.data.name}` : book('print.convocation');
  const ready = coop.data != null && m !== undefined;
  usePrintReady(ready, title);

  return (
    <main className="print-page assemblies-print assemblies-print--letter" lang={locale}>
      <PrintToolbar
        title={t('print.convocation')}
        back={id ? `/assemblies/${id}` : '/assemblies'}
        ready={ready}
        busy={print.isPending}
        savePdf={() => print.mutateAsync({ meetingId: id ?? 1 })}
      />
      {id === null && <p role="alert">{t('print.badAddress')}</p>}
      {coop.data && m ? (
        <article className="assemblies-print__page">
          <CoopIdentity coop={coop.data} members={members} />
          <h2 className="assemblies-print__title">{book('print.convocationTitle', { kind })}</h2>
          <p>
            {book(m.kind === 'council' ? 'print.convokesCouncil' : 'print.convokes', {
              coop: coop.data.name,
              kind,
              date: formatDay(m.date, locale),
              time: m.time,
              place: m.place,
            })}
          </p>
          {m.calls.slice(1).map((call) => (
            <p key={call.call}>{book('print.laterCall', { call: call.call, time: formatTime(call.opensAt, locale) })}</p>
          ))}
          {m.mode !== 'in_person' && (
            <p>{book(`print.mode.${m.mode}`, { access: m.remoteAccess ?? book('print.accessLater') })}</p>
          )}
          <h3>{book('print.agenda')}</h3>
          <ol className="assemblies-print__agenda">
            {m.agenda.map((item) => (
              <li key={item.id} value={item.number}>
                <strong>{item.title}</strong>
                {item.description && <p>{item.description}</p>}
                {item.documents.length > 0 && (
                  <p className="assemblies-print__documents">
                    {book('print.documents', { names: item.documents.map((d) => d.name).join('; ') })}
                  </p>
                )}
              </li>
            ))}
          </ol>
          <p>{book('print.placeAndDate', { place: coop.data.address ?? '', date: formatDay(m.noticeDate ?? m.date, locale) })}</p>
          <div className="assemblies-print__signatures">
            <p>{book('signatory.president')}</p>
            <p>{book('signatory.secretary')}</p>
          </div>
        </article>
      ) : (
        id !== null && <p role="status">{t('print.loading')}</p>
      )}
    </main>
  );
}
