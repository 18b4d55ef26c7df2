/** The agenda item under discussion: its synthesis, its motions and their votes, its speakers. */
import { useTranslation } from 'react-i18next';
import type { AttendanceEntry, Meeting, Motion } from '../../../../shared/contract/assemblies';
import { Select } from '../../components/Select';
import { MotionCard } from './MotionCard';
import { MotionForm } from './MotionForm';
import { SpeakersPanel } from './SpeakersPanel';
import { SynthesisField } from './SynthesisField';

/** The chooser's value for motions off the agenda. */
export const OFF_AGENDA = 'off';

interface Props {
  meeting: Meeting;
  /** An item id, or OFF_AGENDA. */
  current: number | typeof OFF_AGENDA;
  onChoose: (current: number | typeof OFF_AGENDA) => void;
  motions: readonly Motion[];
  attendance: readonly AttendanceEntry[];
}

export function ItemPanel({ meeting, current, onChoose, motions, attendance }: Props) {
  const { t } = useTranslation('assemblies');
  const item = current === OFF_AGENDA ? null : (meeting.agenda.find((i) => i.id === current) ?? null);
  const ofItem = motions.filter((m) => (item ? m.itemId === item.id : m.itemId === null));
  const sitting = meeting.status === 'in_session' && meeting.constitutedAt !== null;
  return (
    <section className="assemblies-panel assemblies-item-panel" aria-labelledby="item-heading">
      <div className="assemblies-panel__head">
        <h2 id="item-heading">{item ? t('room.item', { number: item.number, title: item.title }) : t('room.offAgenda')}</h2>
        <Select
          label={t('room.chooseItem')}
          className="assemblies-item-chooser"
          value={String(current)}
          onChange={(e) => onChoose(e.target.value === OFF_AGENDA ? OFF_AGENDA : Number(e.target.value))}
          options={[
            ...meeting.agenda.map((i) => ({ value: String(i.id), label: `${i.number}. ${i.title}` })),
            { value: OFF_AGENDA, label: t('room.offAgenda') },
          ]}
        />
      </div>
      {!sitting && <p className="assemblies-hint">{t('room.notSitting')}</p>}
      {item && <SynthesisField key={`synthesis-${item.id}`} item={item} />}
      <h3>{t('motion.title')}</h3>
      {ofItem.length === 0 && <p className="assemblies-hint">{item?.needsVote ? t('motion.noneYetVote') : t('motion.noneYet')}</p>}
      {ofItem.map((motion) => (
        <MotionCard key={motion.id} motion={motion} attendance={attendance} canVote={sitting} />
      ))}
      {sitting && <MotionForm key={`motion-form-${current}`} meetingId={meeting.id} itemId={item?.id ?? null} />}
      {item && <SpeakersPanel itemId={item.id} attendance={attendance} />}
    </section>
  );
}
