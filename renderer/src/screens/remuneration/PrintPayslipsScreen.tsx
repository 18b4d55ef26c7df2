/**
 * /print/pay/payslips/:runId: a posted run's payslips, numbered, one member per A4 sheet with two copies
 * side by side (the member's and the coop's), in the coop's language whatever the screen's. The PDF is
 * made by the main process (remuneration.printPayslips) once PRINT_READY_ATTRIBUTE is set.
 */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { usePrintReady } from '../../components/use-print-ready';
import { periodName } from './month';
import { Payslip } from './Payslip';
import { PrintToolbar } from './PrintToolbar';
import './payslip-print.css';

export function PrintPayslipsScreen() {
  const { t, i18n } = useTranslation('remuneration');
  const runId = Number(useParams().runId);
  const valid = Number.isInteger(runId) && runId > 0;
  const coop = useRpcQuery('coop.get', {});
  const payslips = useRpcQuery('remuneration.payslips', { runId: valid ? runId : 1 }, { enabled: valid, staleTime: 0 });
  const print = useRpcMutation('remuneration.printPayslips');
  const locale = coop.data?.locale ?? i18n.language;
  const slipT = i18n.getFixedT(locale, 'remuneration');
  const ready = coop.data != null && payslips.data !== undefined;
  const title = payslips.data && coop.data ? `${slipT('payslip.documentTitle', { period: periodName(payslips.data.run.period, locale) })} — ${coop.data.name}` : t('payslip.screenTitle');
  usePrintReady(ready, title);

  return (
    <main className="print-page payslips-print" lang={locale}>
      <PrintToolbar
        title={t('payslip.screenTitle')}
        back={payslips.data ? `/pay?period=${payslips.data.run.period}` : '/pay'}
        ready={ready}
        busy={print.isPending}
        savePdf={() => print.mutateAsync({ runId })}
      />
      {!valid && <p role="alert">{t('payslip.badAddress')}</p>}
      {payslips.error && <p role="alert">{t('payslip.notFound')}</p>}
      {valid && coop.data && payslips.data ? (
        payslips.data.slips.map((slip) => (
          <div className="payslip-sheet" key={slip.memberId}>
            <Payslip coop={coop.data!} payslips={payslips.data!} slip={slip} copy="member" locale={locale} t={slipT} />
            <Payslip coop={coop.data!} payslips={payslips.data!} slip={slip} copy="coop" locale={locale} t={slipT} />
          </div>
        ))
      ) : (
        valid && !payslips.error && <p role="status">{t('payslip.loading')}</p>
      )}
    </main>
  );
}
