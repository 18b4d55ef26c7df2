/**
 * The agenda: numbered items in order, each with what the assembly needs to know before voting on it. Items
 * move up and down with buttons (no dragging: the keyboard must do everything), and carry their documents.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, Meeting } from '../../../../shared/contract/assemblies';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { failureText } from '../../components/ErrorMessage';
import { DocumentDialog } from './DocumentDialog';
import { ItemDialog } from './ItemDialog';

function VoteLine({ item }: { item: AgendaItem }) {
  const { t } = useTranslation('assemblies');
  if (!item.needsVote) return <p className="assemblies-item__meta">{t('agenda.noVote')}</p>;
  const parts = [t(`matter.${item.matter}`)];
  if (item.subject !== 'other') parts.push(t(`subject.${item.subject}`));
  if (item.resolutionKind !== 'other') parts.push(t(`resolution.${item.resolutionKind}`));
  return <p className="assemblies-item__meta">{t('agenda.voteLine', { rule: parts.join(' · ') })}</p>;
}

export function AgendaEditor({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('assemblies');
  const reorder = useRpcMutation('assemblies.reorderAgenda');
  const remove = useRpcMutation('assemblies.removeAgendaItem');
  const removeDocument = useRpcMutation('assemblies.removeDocument');
  const [editing, setEditing] = useState<{ item: AgendaItem | null } | null>(null);
  const [attachingTo, setAttachingTo] = useState<number | null>(null);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const items = meeting.agenda;
  const editable = meeting.status === 'planned';

  const run = async (action: () => Promise<unknown>) => {
    setRefusal(null);
    try {
      await action();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };
  const move = (index: number, by: -1 | 1) => {
    const ids = items.map((item) => item.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    void run(() => reorder.mutateAsync({ meetingId: meeting.id, itemIds: ids }));
  };

  return (
    <section className="assemblies-panel" aria-labelledby="agenda-heading">
      <div className="assemblies-panel__head">
        <h2 id="agenda-heading">{t('agenda.title')}</h2>
        {editable && (
          <Button variant="primary" onClick={() => setEditing({ item: null })}>
            {t('agenda.add')}
          </Button>
        )}
      </div>
      {refusal && (
        <p role="alert" className="assemblies-refusal">
          {refusal}
        </p>
      )}
      {items.length === 0 ? (
        <EmptyState title={t('agenda.emptyTitle')}>
          <p>{t('agenda.empty')}</p>
        </EmptyState>
      ) : (
        <ol className="assemblies-agenda">
          {items.map((item, index) => (
            <li key={item.id} className="assemblies-item">
              <div className="assemblies-item__head">
                <span className="assemblies-item__number" aria-hidden="true">
                  {item.number}.
                </span>
                <h3 className="assemblies-item__title">{item.title}</h3>
                {item.expectedMinutes !== null && <span className="badge">{t('agenda.minutes', { count: item.expectedMinutes })}</span>}
              </div>
              {item.description && <p className="assemblies-item__description">{item.description}</p>}
              <VoteLine item={item} />
              {item.documents.length > 0 && (
                <ul className="assemblies-documents" aria-label={t('documents.of', { title: item.title })}>
                  {item.documents.map((doc) => (
                    <li key={doc.id}>
                      <span>{doc.name}</span> <code>{doc.reference}</code>
                      {editable && (
                        <Button
                          variant="ghost"
                          aria-label={t('documents.remove', { name: doc.name })}
                          onClick={() => void run(() => removeDocument.mutateAsync({ id: doc.id }))}
                        >
                          ×
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {editable && (
                <div className="assemblies-item__actions">
                  <Button onClick={() => setEditing({ item })} aria-label={t('agenda.editItem', { number: item.number })}>
                    {t('actions.edit')}
                  </Button>
                  <Button onClick={() => setAttachingTo(item.id)} aria-label={t('documents.attachTo', { number: item.number })}>
                    {t('documents.attach')}
                  </Button>
                  <Button disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('agenda.moveUp', { number: item.number })}>
                    ↑
                  </Button>
                  <Button disabled={index === items.length - 1} onClick={() => move(index, 1)} aria-label={t('agenda.moveDown', { number: item.number })}>
                    ↓
                  </Button>
                  <Button variant="ghost" onClick={() => setRemoving(item)} aria-label={t('agenda.removeItem', { number: item.number })}>
                    {t('actions.remove')}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <ItemDialog meetingId={meeting.id} item={editing?.item ?? null} open={editing !== null} onClose={() => setEditing(null)} />
      <DocumentDialog itemId={attachingTo} onClose={() => setAttachingTo(null)} />
      <ConfirmDialog
        open={removing !== null}
        title={t('agenda.removeTitle')}
        confirmLabel={t('actions.remove')}
        danger
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const item = removing!;
          setRemoving(null);
          void run(() => remove.mutateAsync({ id: item.id }));
        }}
      >
        <p>{t('agenda.removeText', { number: removing?.number ?? '', title: removing?.title ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
