import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  field: string;
  label: string;
  message: string;
}

interface Props {
  items: SummaryItem[];
  general: string | null;
  onJump: (field: string) => void;
}

/** What stopped the save, focused after a failed submit; each item jumps to its field. */
export const FormErrorSummary = forwardRef<HTMLDivElement, Props>(function FormErrorSummary({ items, general, onJump }, ref) {
  const { t } = useTranslation('members');
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="form-error-summary" aria-labelledby="member-form-summary-title">
      <h2 id="member-form-summary-title">{t('form.summaryTitle')}</h2>
      {general && <p>{general}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item.field}>
              <button type="button" className="link-button" onClick={() => onJump(item.field)}>
                {item.label}: {item.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
