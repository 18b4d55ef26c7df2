/**
 * /print/surplus/statements/:year (?member=id): the posted year's statements of allocation, one member per
 * A4 page, in the coop's language whatever the screen's. The PDF is made by the main process
 * (surplus.printStatements) once PRINT_READY_ATTRIBUTE is set; the late-notice warning stays on the preview.
 */
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { PrintToolbar } from '../../components/PrintToolbar';
import { usePrintReady } from '../../components/use-print-ready';
import { Statement } from './Statement';
import './statement-print.css';

export function PrintStatementsScreen() {
  const { t, i18n } = useTranslation('surplus');
  const year = Number(useParams().year);
  const [params] = useSearchParams();
  const asked = params.get('member');
  const memberId = asked !== null && /^\d+$/.test(asked) ? Number(asked) : null;
  const valid = Number.isInteger(year) && year >= 1900 && year <= 2100 && (asked === null || memberId !== null);
  const statements = useRpcQuery('surplus.statements', { year: valid ? year : 2000, memberId }, { enabled: valid, staleTime: 0 });
  const print = useRpcMutation('surplus.printStatements');
  const data = statements.data;
  const locale = data?.coop.locale ?? i18n.language;
  const sheetT = i18n.getFixedT(locale, 'surplus');
  const ready = data !== undefined;
  const title = data ? `${sheetT(data.notice ? 'statement.noticeTitle' : 'statement.title', { year })} — ${data.coop.name}` : t('statement.screenTitle');
  usePrintReady(ready, title);

  return (
    <main className="print-page statements-print" lang={locale}>
      <PrintToolbar
        ns="surplus"
        keys="statement"
        block="statements-print"
        title={t('statement.screenTitle')}
        back={`/surplus/statements?year=${valid ? year : ''}`}
        ready={ready}
        busy={print.isPending}
        savePdf={() => print.mutateAsync({ year, memberId })}
      />
      {!valid && <p role="alert">{t('statement.badAddress')}</p>}
      {statements.error && <p role="alert">{t('statement.notFound')}</p>}
      {data
        ? data.statements.map((member) => (
            <div className="statement-sheet" key={member.memberId}>
              <Statement data={data} member={member} t={sheetT} />
            </div>
          ))
        : valid && !statements.error && <p role="status">{t('statement.loading')}</p>}
    </main>
  );
}
