/**
 * What the room's projector shows, chosen from here: the item, the quorum, the vote as it is counted, the
 * last result, or the speakers. In the desktop app "Open" puts the projector on the external display; in a
 * browser it opens the projector page in a new tab, to drag onto the projector's screen.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectorViews, type ProjectorView } from '../../../../shared/domain/assemblies/kinds';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';

export const PROJECTOR_PATH = '/projector';

export function ProjectorControls({ meetingId, itemId }: { meetingId: number; itemId: number | null }) {
  const { t } = useTranslation('assemblies');
  const projection = useRpcQuery('assemblies.projection', {});
  const project = useRpcMutation('assemblies.project');
  const openProjector = useRpcMutation('assemblies.openProjector');
  const [refusal, setRefusal] = useState<string | null>(null);
  const shown = projection.data?.meeting?.id === meetingId ? projection.data.view : null;

  const open = async () => {
    setRefusal(null);
    try {
      const { result } = await openProjector.mutateAsync({});
      if (result === 'not-supported') window.open(`#${PROJECTOR_PATH}`, '_blank', 'noopener');
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };
  const show = (view: ProjectorView) => {
    setRefusal(null);
    project.mutateAsync({ meetingId, itemId, view }).catch((error: unknown) => setRefusal(failureText(t, error)));
  };

  return (
    <section className="assemblies-projector-controls" aria-labelledby="projector-controls-heading">
      <h2 id="projector-controls-heading" className="assemblies-projector-controls__title">
        {t('projector.controls')}
      </h2>
      <Button onClick={() => void open()} busy={openProjector.isPending}>
        {t('projector.open')}
      </Button>
      <div role="group" aria-label={t('projector.show')} className="assemblies-projector-controls__views">
        {projectorViews.map((view) => (
          <Button key={view} variant={shown === view ? 'primary' : 'secondary'} aria-pressed={shown === view} onClick={() => show(view)}>
            {t(`projector.view.${view}`)}
          </Button>
        ))}
      </div>
      {refusal && (
        <p role="alert" className="assemblies-refusal">
          {refusal}
        </p>
      )}
    </section>
  );
}
