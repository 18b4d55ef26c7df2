/** Pieces the planning forms share: a refusal in the user's words, numbers typed the local way. */
import { useTranslation } from 'react-i18next';
import { failureIssues, failureText, issueText } from '../../components/ErrorMessage';

/** The service's refusal (a cycle, no capacity, a skill nobody has…) and any field issues, as one alert. */
export function Refusal({ error }: { error: unknown }) {
  const { t } = useTranslation('planning');
  if (!error) return null;
  const issues = failureIssues(error);
  return (
    <div role="alert" className="form-error-summary">
      <p>{failureText(t, error)}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>{issueText(t, issue.message)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "1,5" or "1.5" → 1.5; null when it is not a number. */
export function readNumber(text: string): number | null {
  const clean = text.trim().replace(/\s/g, '');
  if (clean === '' || !/^-?\d+([.,]\d+)?$/.test(clean)) return null;
  return Number(clean.replace(',', '.'));
}

export function numberText(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(value);
}

/** A whole number in [min, max], or null. */
export function readWhole(text: string, min: number, max: number): number | null {
  const n = readNumber(text);
  return n !== null && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** "a, b, c" → ['a', 'b', 'c'] without blanks. */
export function readList(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
