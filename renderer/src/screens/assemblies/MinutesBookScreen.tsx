/** /assemblies/book: the minutes book — every final act in order, with its hash — to print one act or the whole book. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRpcQuery } from '../../api/queries';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { AssembliesNav } from './AssembliesNav';
import { SavePdfButton } from './SavePdfButton';
import { formatInstantDay, meetingName } from './when';

export function MinutesBookScreen() {
  const { t, i18n } = useTranslation('assemblies');
  const book = useRpcQuery('assemblies.book', {});
  const hasActs = (book.data?.length ?? 0) > 0;
  return (
    <section className="assemblies-screen">
      <PageHeader title={t('book.title')} description={t('book.description')} actions={hasActs && <SavePdfButton number={null} label={t('book.savePdf')} />} />
      <AssembliesNav />
      <QueryState query={book}>
        {(entries) =>
          entries.length === 0 ? (
            <EmptyState title={t('book.emptyTitle')}>
              <p>{t('book.empty')}</p>
            </EmptyState>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">{t('book.title')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="data-table__number">{t('book.number')}</th>
                  <th scope="col">{t('list.meeting')}</th>
                  <th scope="col">{t('book.finalised')}</th>
                  <th scope="col">{t('book.hash')}</th>
                  <th scope="col"><span className="visually-hidden">{t('book.print')}</span></th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.number}>
                    <td className="data-table__number">{entry.number}</td>
                    <th scope="row">
                      <Link to={`/assemblies/${entry.meetingId}/minutes`}>{meetingName(t, entry, i18n.language)}</Link>
                    </th>
                    <td>{formatInstantDay(entry.finalisedAt, i18n.language)}</td>
                    <td>
                      <code title={entry.hash}>{entry.hash.slice(0, 12)}…</code>
                    </td>
                    <td>
                      <SavePdfButton number={entry.number} label={t('book.printAct', { number: entry.number })} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </section>
  );
}
