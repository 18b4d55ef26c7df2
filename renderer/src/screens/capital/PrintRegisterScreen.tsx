/**
 * /print/capital/register?folio=N&from=A&to=B: the capital register as a printed, page-numbered book, its
 * folios counting on from the one given (a bound book is printed in parts), in the coop's language. The
 * heading row repeats on every page so each loose sheet says whose book it is.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { cssString, MAX_FOLIO } from '../../../../shared/print';
import type { CapitalOperation } from '../../../../shared/contract/capital';
import { call } from '../../api/client';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';
import { operationMember } from './operation-text';
import { PrintToolbar } from './PrintToolbar';
import { usePrintReady } from '../../components/use-print-ready';
import './capital-print.css';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const PAGE = 500;
/** The most operations capital.printRegister prints in one part (its service refuses more): a bound book is printed in parts. */
export const MAX_REGISTER_PART = 2_000;

/** Every operation of the range, read 500 at a time (the register method's largest page); only the count when too many to print. */
async function wholeRegister(from: string, to: string): Promise<{ rows: CapitalOperation[]; total: number }> {
  const rows: CapitalOperation[] = [];
  for (;;) {
    const page = await call('capital.register', { from, to, offset: rows.length, limit: PAGE });
    if (page.total > MAX_REGISTER_PART) return { rows: [], total: page.total };
    rows.push(...page.rows);
    if (page.rows.length === 0 || rows.length >= page.total) return { rows, total: page.total };
  }
}

/** The folio counter lives in CSS (`@page` in capital-print.css): hand it the first folio and its word. */
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

export function PrintRegisterScreen() {
  const { t, i18n } = useTranslation('capital');
  const folioId = useId();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const folioParam = Number(params.get('folio') ?? '1');
  const firstFolio = Number.isInteger(folioParam) && folioParam >= 1 && folioParam <= MAX_FOLIO ? folioParam : 1;
  const [folioText, setFolioText] = useState(String(firstFolio));
  const valid = ISO.test(from) && ISO.test(to);
  const coop = useRpcQuery('coop.get', {});
  const register = useQuery({ queryKey: ['capital.register', { from, to, whole: true }], queryFn: () => wholeRegister(from, to), enabled: valid, staleTime: 0 });
  const print = useRpcMutation('capital.printRegister');

  const locale = coop.data?.locale ?? i18n.language;
  const book = i18n.getFixedT(locale, 'capital');
  const folioValid = /^\d{1,5}$/.test(folioText) && Number(folioText) >= 1 && Number(folioText) <= MAX_FOLIO;
  const tooLarge = (register.data?.total ?? 0) > MAX_REGISTER_PART;
  const ready = coop.data != null && register.data !== undefined && register.data.total > 0 && !tooLarge && folioValid;
  const title = coop.data ? `${book('print.registerTitle')} — ${coop.data.name}` : book('print.registerTitle');
  usePrintReady(ready, title);
  useFolioStyle(firstFolio, book('print.folio'));
  const day = (iso: string) => formatDate(iso, locale, { day: '2-digit', month: '2-digit', year: 'numeric' });

  return (
    <main className="print-page capital-print capital-print--book" lang={locale}>
      <PrintToolbar
        title={t('print.registerTitle')}
        back="/capital/register"
        ready={ready}
        busy={print.isPending}
        savePdf={() => print.mutateAsync({ from, to, firstFolio })}
      >
        <div className="capital-print__folio">
          <label htmlFor={folioId}>{t('print.firstFolio')}</label>
          <input
            id={folioId}
            className="field__control"
            inputMode="numeric"
            value={folioText}
            aria-invalid={folioValid ? undefined : true}
            onChange={(event) => {
              setFolioText(event.target.value);
              const n = Number(event.target.value);
              if (/^\d{1,5}$/.test(event.target.value) && n >= 1 && n <= MAX_FOLIO) setParams({ from, to, folio: String(n) }, { replace: true });
            }}
          />
        </div>
      </PrintToolbar>
      {!valid && <p role="alert">{t('print.badAddress')}</p>}
      {tooLarge && (
        <p role="alert">{t('print.tooLarge', { count: register.data?.total ?? 0, max: formatNumber(MAX_REGISTER_PART, locale) })}</p>
      )}
      {valid && coop.data && register.data && !tooLarge ? (
        <table className="book__table capital-print__register">
          <thead>
            <tr className="book__identity">
              <th scope="colgroup" colSpan={6}>
                <span className="book__heading">{title}</span>
                <span>{book('print.range', { from: day(from), to: day(to) })}</span>
              </th>
            </tr>
            <tr>
              <th scope="col">{book('register.number')}</th>
              <th scope="col">{book('fields.date')}</th>
              <th scope="col">{book('register.kind')}</th>
              <th scope="col">{book('register.member')}</th>
              <th scope="col">{book('register.detail')}</th>
              <th scope="col">{book('fields.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {register.data.rows.length === 0 && (
              <tr>
                <td colSpan={6}>{book('register.empty')}</td>
              </tr>
            )}
            {register.data.rows.map((op) => (
              <tr key={op.number}>
                <td className="book__number">{op.number}</td>
                <td className="book__unbroken">{day(op.date)}</td>
                <td>{book(`kind.${op.kind}`)}</td>
                <td>{op.memberNumber !== null ? `${op.memberNumber} · ${op.memberName ?? ''}` : ''}</td>
                <td>{operationMember(op, book)}</td>
                <td className="book__number">{formatMoney(op.amountMinor, coop.data!, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        valid && <p role="status">{t('print.loading')}</p>
      )}
    </main>
  );
}
