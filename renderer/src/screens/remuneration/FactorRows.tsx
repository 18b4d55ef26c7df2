/**
 * An editable list of named factors (categories and their coefficients, job indices, matrix dimensions,
 * add-ons, modifiers): one row per name, typed as the locale writes decimals, added and removed with
 * buttons that say which row they act on.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { readFactor } from './factor';

export interface FactorRow {
  name: string;
  value: string;
  /** Modifiers only: whether it counts in the pay ratio. */
  inRatio?: boolean;
}

interface Props {
  legend: string;
  hint?: string;
  nameLabel: string;
  valueLabel: string;
  rows: FactorRow[];
  onChange: (rows: FactorRow[]) => void;
  /** Shows the "counts in the ratio" column (modifiers). */
  withInRatio?: boolean;
  /** Every row's problems are shown (after a failed save). */
  showProblems: boolean;
  /** At least one row is needed (categories). */
  required?: boolean;
}

/** A row's problem as a catalogue key (remuneration namespace), or null. */
export function factorRowProblem(row: FactorRow, rows: readonly FactorRow[]): string | null {
  if (row.name.trim() === '') return 'schemeForm.nameNeeded';
  if (rows.filter((r) => r.name.trim() === row.name.trim()).length > 1) return 'schemeForm.nameRepeated';
  if (readFactor(row.value) === null) return 'schemeForm.factorInvalid';
  return null;
}

export function FactorRows({ legend, hint, nameLabel, valueLabel, rows, onChange, withInRatio, showProblems, required }: Props) {
  const { t } = useTranslation('remuneration');
  const id = useId();
  const set = (index: number, next: Partial<FactorRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...next } : row)));
  const missing = required && rows.length === 0;
  return (
    <fieldset className="factor-rows">
      <legend>{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {rows.length > 0 && (
        <table className="factor-rows__table">
          <thead>
            <tr>
              <th scope="col">{nameLabel}</th>
              <th scope="col">{valueLabel}</th>
              {withInRatio && <th scope="col">{t('schemeForm.inRatio')}</th>}
              <th scope="col">
                <span className="visually-hidden">{t('schemeForm.rowActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const problem = showProblems ? factorRowProblem(row, rows) : null;
              const label = row.name.trim() || t('schemeForm.rowNumber', { number: index + 1 });
              return (
                <tr key={index}>
                  <td>
                    <input
                      className="field__control"
                      aria-label={`${nameLabel} ${index + 1}`}
                      value={row.name}
                      maxLength={60}
                      aria-invalid={problem === 'schemeForm.nameNeeded' || problem === 'schemeForm.nameRepeated' || undefined}
                      aria-describedby={problem ? `${id}-${index}` : undefined}
                      onChange={(e) => set(index, { name: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      className="field__control factor-rows__value"
                      aria-label={t('schemeForm.valueOf', { value: valueLabel, name: label })}
                      inputMode="decimal"
                      value={row.value}
                      aria-invalid={problem === 'schemeForm.factorInvalid' || undefined}
                      aria-describedby={problem ? `${id}-${index}` : undefined}
                      onChange={(e) => set(index, { value: e.target.value })}
                    />
                    {problem && (
                      <p className="field__error" id={`${id}-${index}`}>
                        {t(problem)}
                      </p>
                    )}
                  </td>
                  {withInRatio && (
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('schemeForm.inRatioOf', { name: label })}
                        checked={row.inRatio ?? false}
                        onChange={(e) => set(index, { inRatio: e.target.checked })}
                      />
                    </td>
                  )}
                  <td>
                    <Button variant="ghost" onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={t('schemeForm.removeRow', { name: label })}>
                      {t('schemeForm.remove')}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {missing && showProblems && <p className="field__error">{t('schemeForm.rowsNeeded')}</p>}
      <Button onClick={() => onChange([...rows, { name: '', value: '', ...(withInRatio ? { inRatio: true } : {}) }])}>
        {t('schemeForm.addRow', { what: nameLabel })}
      </Button>
    </fieldset>
  );
}
