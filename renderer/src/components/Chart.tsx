/**
 * A chart with its words: a titled figure whose drawing is one image with a spoken summary, followed by
 * the same figures as a table (a chart alone is no use to a screen reader, nor to someone who needs the
 * exact amounts). Recharts draws SVG and sets styles through React's style property (the CSSOM), which
 * the app's CSP allows; its keyboard layer is switched off by the caller, since the table is the
 * accessible view.
 */
import { useId, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import './Chart.css';
import './data-table.css';

export interface ChartColumn<R> {
  key: keyof R & string;
  label: string;
  format?: (value: R[keyof R & string]) => string;
  numeric?: boolean;
}

interface Props<R> {
  title: string;
  /** What the drawing shows, in one sentence: it is the image's accessible name. */
  summary: string;
  /** The toggle's words ("Show the figures"). */
  tableLabel: string;
  rows: readonly R[];
  columns: readonly ChartColumn<R>[];
  rowKey: (row: R) => string;
  children: ReactElement;
  height?: number;
}

export function Chart<R>({ title, summary, tableLabel, rows, columns, rowKey, children, height = 220 }: Props<R>) {
  const titleId = useId();
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      <div role="img" aria-label={summary} className="chart__drawing">
        <ResponsiveContainer width="100%" height={height}>
          {children}
        </ResponsiveContainer>
      </div>
      <details className="chart__table">
        <summary>{tableLabel}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? 'data-table__number' : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => (
                  <td key={column.key} className={column.numeric ? 'data-table__number' : undefined}>
                    {column.format ? column.format(row[column.key]) : String(row[column.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
