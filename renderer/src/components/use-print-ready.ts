/** Marks a print page ready once its data is on it (the PDF maker waits for this), with the PDF's title; every print page uses it. */
import { useEffect } from 'react';
import { PRINT_READY_ATTRIBUTE } from '../../../shared/print';

export function usePrintReady(ready: boolean, title: string): void {
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
}
