import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ToastKind = 'info' | 'success' | 'error';
interface Toast {
  id: number;
  message: string;
  kind: ToastKind;
}
type Notify = (message: string, kind?: ToastKind) => void;

const ToastContext = createContext<Notify>(() => undefined);
/** Long enough to read a sentence twice; errors stay until dismissed. */
const VISIBLE_MS = 10_000;

/** `notify(message, kind)` shows a message in the polite live region of the app. */
export function useToast(): Notify {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);
  const notify = useCallback<Notify>(
    (message, kind = 'info') => {
      const id = nextId.current++;
      setToasts((list) => [...list, { id, message, kind }]);
      if (kind !== 'error') setTimeout(() => dismiss(id), VISIBLE_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <section className="toasts" aria-label={t('notifications')}>
        <div role="status" aria-live="polite">
          <ul className="toasts__list">
          {toasts.map((toast) => (
            <li key={toast.id} className={`toast toast--${toast.kind}`}>
              <span className="toast__message">{toast.message}</span>
              <button type="button" className="toast__dismiss" onClick={() => dismiss(toast.id)} aria-label={t('actions.dismiss')}>
                ×
              </button>
            </li>
          ))}
          </ul>
        </div>
      </section>
    </ToastContext.Provider>
  );
}
