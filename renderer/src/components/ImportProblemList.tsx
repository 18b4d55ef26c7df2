/**
 * A dry run's problems, each on the line of the file it was found on, so the spreadsheet is fixed line by
 * line. Generic: the caller translates each problem and the column titles; line 0 is the file as a whole.
 */
import { formatNumber } from '../i18n/format';
import './data-table.css';
import './import-problems.css';

export interface ImportProblemRow {
  line: number;
  /** The column's name in the user's language, or '' for a problem of the whole line. */
  field: string;
  value: string;
  message: string;
}

export interface ImportProblemLabels {
  caption: string;
  line: string;
  field: string;
  value: string;
  problem: string;
  wholeFile: string;
}

export function ImportProblemList({ rows, labels, locale }: { rows: readonly ImportProblemRow[]; labels: ImportProblemLabels; locale: string }) {
  return (
    <div className="import-problems" tabIndex={0} role="region" aria-label={labels.caption}>
      <table className="data-table">
        <caption>{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="data-table__number">
              {labels.line}
            </th>
            <th scope="col">{labels.field}</th>
            <th scope="col">{labels.value}</th>
            <th scope="col">{labels.problem}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.line}-${i}`}>
              <td className="data-table__number">{row.line === 0 ? labels.wholeFile : formatNumber(row.line, locale)}</td>
              <td>{row.field}</td>
              <td>{row.value}</td>
              <td>{row.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
