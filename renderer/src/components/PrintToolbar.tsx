/**
 * The toolbar of a print page (not printed): back, save as the app's PDF (or, where the host cannot, the
 * system's print dialog), and print. Each domain names its catalogue namespace and keys
 * (`<keys>.toolbar|back|savePdf|print|saved`) and its block, for anything its own stylesheet adds to the bar;
 * the bar's look and the sheet's are print-page.css, shared by every printed page.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RpcFailure } from '../api/client';
import { Button } from './Button';
import { failureText, isCancelled } from './ErrorMessage';
import './print-page.css';

export interface PrintToolbarProps {
  title: string;
  back: string;
  ready: boolean;
  busy: boolean;
  savePdf: () => Promise<{ path: string }>;
  children?: ReactNode;
}

export function PrintToolbar({ title, back, ready, busy, savePdf, children, ns, keys, block }: PrintToolbarProps & { ns: string; keys: string; block: string }) {
  const { t } = useTranslation(ns);
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null);
  const save = async () => {
    setOutcome(null);
    try {
      const { path } = await savePdf();
      setOutcome({ text: t(`${keys}.saved`, { path }), failed: false });
    } catch (error) {
      // The browser host without a print path: the system's dialog prints the same page.
      if (error instanceof RpcFailure && error.error.code === 'NOT_SUPPORTED') window.print();
      else if (!isCancelled(error)) setOutcome({ text: failureText(t, error), failed: true });
    }
  };
  return (
    <nav className={`print-toolbar ${block}__toolbar`} aria-label={t(`${keys}.toolbar`)}>
      <Button onClick={() => void navigate(back)}>{t(`${keys}.back`)}</Button>
      <h1>{title}</h1>
      {children}
      <Button variant="primary" onClick={() => void save()} disabled={!ready} busy={busy}>
        {t(`${keys}.savePdf`)}
      </Button>
      <Button onClick={() => window.print()} disabled={!ready}>
        {t(`${keys}.print`)}
      </Button>
      <p role="status" className={`${block}__hint`}>
        {outcome && !outcome.failed ? outcome.text : null}
      </p>
      {outcome?.failed && (
        <p role="alert" className="field__error">
          {outcome.text}
        </p>
      )}
    </nav>
  );
}
