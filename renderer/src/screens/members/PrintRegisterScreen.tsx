/**
 * /print/members: the members register as the legal book prints it (AR Registro de Asociados, BR livro
 * de matrícula, ES libro registro de socios), outside the app shell. The PDF is made by Electron's
 * printToPDF or Chromium's page.pdf with shared/print.ts's page setup; both wait for PRINT_READY_ATTRIBUTE.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { locales, type Locale } from '../../../../shared/contract/coop';
import { localToday } from '../../../../shared/domain/dates';
import { PRINT_READY_ATTRIBUTE } from '../../../../shared/print';
import { useRpcQuery } from '../../api/queries';
import { formatDate } from '../../i18n/format';
import { PrintRegisterTable } from './PrintRegisterTable';
import './print.css';

const isLocale = (s: string | null): s is Locale => s !== null && (locales as readonly string[]).includes(s);

export function PrintRegisterScreen() {
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const coop = useRpcQuery('coop.get', {});
  const register = useRpcQuery('members.register', {}, { staleTime: 0 });

  const requested = params.get('locale');
  const locale: Locale = isLocale(requested) ? requested : (coop.data?.locale ?? (i18n.language as Locale));
  const t = i18n.getFixedT(locale, 'members');
  const ready = coop.data !== undefined && register.data !== undefined;
  const title = t('print.title');
  const autoPrint = params.get('print') === '1';

  useEffect(() => {
    if (!ready) return undefined;
    const previousTitle = document.title;
    document.title = title;
    document.documentElement.setAttribute(PRINT_READY_ATTRIBUTE, 'true');
    return () => {
      document.documentElement.removeAttribute(PRINT_READY_ATTRIBUTE);
      document.title = previousTitle;
    };
  }, [ready, title]);

  useEffect(() => {
    if (!ready || !autoPrint) return undefined;
    // Where the main process cannot print (the browser host), the browser's own print dialog stands in.
    const back = () => navigate(-1);
    window.addEventListener('afterprint', back, { once: true });
    const timer = setTimeout(() => window.print(), 0);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', back);
    };
  }, [ready, autoPrint, navigate]);

  return (
    <main className="print-register" lang={locale}>
      <nav className="print-register__toolbar" aria-label={t('print.toolbar')}>
        <button type="button" className="button" onClick={() => navigate('/members')}>
          {t('print.back')}
        </button>
        <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!ready}>
          {t('print.print')}
        </button>
      </nav>
      <header className="print-register__header">
        <h1>{title}</h1>
        <p className="print-register__coop">{coop.data?.name ?? ''}</p>
        <p>{t('print.printedOn', { date: formatDate(localToday(), locale, { dateStyle: 'long' }) })}</p>
      </header>
      {register.data ? (
        <PrintRegisterTable members={register.data} locale={locale} t={t} />
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </main>
  );
}
