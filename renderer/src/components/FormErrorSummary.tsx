import { forwardRef, useId } from 'react';
import './FormErrorSummary.css';

export interface SummaryItem {
  field: string;
  label: string;
  message: string;
}

interface Props {
  /** What was not saved, in the form's own words ("The member was not saved. Please check:"). */
  title: string;
  items: SummaryItem[];
  general: string | null;
  onJump: (field: string) => void;
}

/** What stopped the save, focused after a failed submit; each item jumps to its field. */
export const FormErrorSummary = forwardRef<HTMLDivElement, Props>(function FormErrorSummary({ title, items, general, onJump }, ref) {
  const titleId = useId();
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="form-error-summary" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
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
