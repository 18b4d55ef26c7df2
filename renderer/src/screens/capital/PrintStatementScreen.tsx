/**
 * /print/capital/statement?member=ID&from=A&to=B: a member's capital statement as a page to print or save
 * as PDF through the app's print path (capital.printStatement), in the coop's language whatever the
 * screen's, with the coop's identity at the top.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { formatDate, formatMoney } from '../../i18n/format';
import { PrintToolbar } from './PrintToolbar';
import { usePrintReady } from '../../components/use-print-ready';
import { StatementView } from './StatementView';
import './capital-print.css';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function PrintStatementScreen() {
  const { t, i18n } = useTranslation('capital');
  const [params] = useSearchParams();
  const memberId = Number(params.get('member'));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const valid = Number.isInteger(memberId) && memberId > 0 && ISO.test(from) && ISO.test(to);
  const coop = useRpcQuery('coop.get', {});
  const statement = useRpcQuery('capital.statement', { memberId: valid ? memberId : 1, from, to }, { enabled: valid, staleTime: 0 });
  const print = useRpcMutation('capital.printStatement');

  const locale = coop.data?.locale ?? i18n.language;
  const book = i18n.getFixedT(locale, 'capital');
  const ready = coop.data != null && statement.data !== undefined;
  const title = statement.data ? `${book('print.statementTitle')} — ${statement.data.memberNumber} ${statement.data.memberName}` : book('print.statementTitle');
  usePrintReady(ready, title);
  const day = (iso: string) => formatDate(iso, locale, { day: '2-digit', month: '2-digit', year: 'numeric' });

  return (
    <main className="print-page capital-print" lang={locale}>
      <PrintToolbar
        title={t('print.statementTitle')}
        back={valid ? `/capital/members/${memberId}` : '/capital'}
        ready={ready}
        busy={print.isPending}
        savePdf={() => print.mutateAsync({ memberId, from, to })}
      />
      {!valid && <p role="alert">{t('print.badAddress')}</p>}
      {valid && coop.data && statement.data ? (
        <article className="capital-print__page">
          <header className="capital-print__heading">
            <p className="capital-print__coop">{coop.data.name}</p>
            <h2>{book('print.statementTitle')}</h2>
            <p>
              {book('print.statementOf', { number: statement.data.memberNumber, name: statement.data.memberName })} ·{' '}
              {book('print.range', { from: day(statement.data.from), to: day(statement.data.to) })}
            </p>
          </header>
          <StatementView statement={statement.data} format={(minor) => formatMoney(minor, coop.data!, locale)} locale={locale} t={book} />
        </article>
      ) : (
        valid && <p role="status">{t('print.loading')}</p>
      )}
    </main>
  );
}
