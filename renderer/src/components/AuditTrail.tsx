/** Who changed a record, when, and what each change did to which field; the domain names its fields. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { changedFields } from './audit-diff';
import './AuditTrail.css';

export interface AuditTrailEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
}

interface Props {
  entries: AuditTrailEntry[];
  title: string;
  /** The record's fields, in the order changes are listed; other fields are not shown. */
  fields: readonly string[];
  fieldLabel: (field: string) => string;
  formatValue: (field: string, value: unknown) => string;
  actionLabel: (action: string) => string;
  className?: string;
}

export function AuditTrail({ entries, title, fields, fieldLabel, formatValue, actionLabel, className }: Props) {
  const { t, i18n } = useTranslation('common');
  const titleId = useId();
  return (
    <section className={className} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <ol className="audit-trail">
        {entries.map((entry) => {
          const changes = entry.before === null ? [] : changedFields(entry.before, entry.after, fields);
          return (
            <li key={entry.id} className="audit-trail__entry">
              <p className="audit-trail__head">
                <strong>{actionLabel(entry.action)}</strong>
                {' · '}
                <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
                {' · '}
                {t('audit.by', { actor: entry.actor })}
              </p>
              {changes.length > 0 && (
                <ul className="audit-trail__changes">
                  {changes.map((c) => (
                    <li key={c.field}>
                      {t('audit.change', {
                        field: fieldLabel(c.field),
                        before: formatValue(c.field, c.before),
                        after: formatValue(c.field, c.after),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
