/**
 * /print/members?folio=N&from=A&to=B: a part of the members register as the legal book prints it (AR
 * Registro de Asociados, BR livro de matrícula, ES libro registro de socios), outside the app shell, in the
 * coop's language whatever the screen's. A bound book is printed in parts, so the toolbar asks for the
 * folio this part starts at and the member numbers it holds. The PDF is made by the main process
 * (Electron's printToPDF, or Chromium's page.pdf in the browser host) with shared/print.ts's page setup;
 * both wait for PRINT_READY_ATTRIBUTE.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { cssString, PRINT_READY_ATTRIBUTE } from '../../../../shared/print';
import { useRpcQuery } from '../../api/queries';
import { bookPart, useBookPartAddress } from './book-part';
import { PrintBookToolbar } from './PrintBookToolbar';
import { PrintRegisterTable } from './PrintRegisterTable';
import './print.css';

/** The page counter and the folio's word live in CSS (`@page` in print.css): hand them the values. */
function useFolioStyle(firstFolio: number, label: string): void {
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--book-first-folio', String(firstFolio));
    root.setProperty('--book-folio-label', cssString(label));
    return () => {
      root.removeProperty('--book-first-folio');
      root.removeProperty('--book-folio-label');
    };
  }, [firstFolio, label]);
}

/** Capital subscribed by member id; a member with no capital operations subscribed nothing. */
function subscribedOf(rows: { memberId: number; subscribedMinor: number }[] | undefined): ReadonlyMap<number, number> {
  return new Map((rows ?? []).map((r) => [r.memberId, r.subscribedMinor]));
}

export function PrintRegisterScreen() {
  const { t, i18n } = useTranslation('members');
  const [params, setAddress] = useBookPartAddress();
  const coop = useRpcQuery('coop.get', {});
  const register = useRpcQuery('members.register', {}, { staleTime: 0 });
  const capital = useRpcQuery('capital.subscribedByMember', {}, { staleTime: 0 });

  const part = register.data ? bookPart(register.data, params) : null;
  const locale = coop.data?.locale ?? i18n.language;
  const book = i18n.getFixedT(locale, 'members');
  // A part too large to print is never marked ready: the main process refuses it before printing anyway.
  const ready = coop.data != null && capital.data !== undefined && part !== null && !part.tooLarge;
  const title = coop.data ? `${book('print.title')} — ${coop.data.name}` : book('print.title');
  useFolioStyle(part?.firstFolio ?? 1, book('print.folio'));

  useEffect(() => {
    if (!ready) return undefined;
    const previousTitle = document.title;
    // Chromium writes the document's title into the PDF's metadata.
    document.title = title;
    document.documentElement.setAttribute(PRINT_READY_ATTRIBUTE, 'true');
    return () => {
      document.documentElement.removeAttribute(PRINT_READY_ATTRIBUTE);
      document.title = previousTitle;
    };
  }, [ready, title]);

  return (
    <main className="print-register" lang={locale}>
      {coop.data && part ? (
        <>
          <PrintBookToolbar part={part} ready={ready} onChange={(name, value) => setAddress(part, name, value)} />
          <PrintRegisterTable coop={coop.data} members={part.members} subscribed={subscribedOf(capital.data)} locale={locale} t={book} />
        </>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </main>
  );
}
