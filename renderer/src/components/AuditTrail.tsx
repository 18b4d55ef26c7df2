/** Who changed this member's entry, when, and what each change did to which field. */
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contract/members';
import { formatDateTime } from '../i18n/format';
import { changedFields } from './audit-diff';
import { formatBookValue } from '../screens/members/format-value';

export function AuditTrail({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation('members');
  const value = (field: string, v: unknown) => formatBookValue(t, i18n.language, field, v);
  return (
    <section className="member-section" aria-labelledby="member-audit-title">
      <h2 id="member-audit-title">{t('audit.title')}</h2>
      <ol className="audit-trail">
        {entries.map((entry) => {
          const changes = entry.before === null ? [] : changedFields(entry.before, entry.after);
          return (
            <li key={entry.id} className="audit-trail__entry">
              <p className="audit-trail__head">
                <strong>{t(`audit.action.${entry.action}`, { defaultValue: entry.action })}</strong>
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
                        field: t(`fields.${c.field}`),
                        before: value(c.field, c.before),
                        after: value(c.field, c.after),
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
