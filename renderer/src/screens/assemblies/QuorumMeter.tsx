/** Voters present (and represented) against the quorum the call needs, in figures and as a bar; shared by the room and the projector. */
import { useTranslation } from 'react-i18next';
import type { QuorumState } from '../../../../shared/contract/assemblies';

export function QuorumMeter({ quorum, large = false }: { quorum: QuorumState; large?: boolean }) {
  const { t } = useTranslation('assemblies');
  const counted = quorum.present + quorum.represented;
  const max = Math.max(quorum.roll, counted, 1);
  const label = t('quorum.meter', { counted, needed: quorum.needed, roll: quorum.roll });
  return (
    <div className={`quorum-meter${large ? ' quorum-meter--large' : ''}${quorum.reached ? ' quorum-meter--reached' : ''}`}>
      <p className="quorum-meter__figures">
        <span className="quorum-meter__counted">{counted}</span>
        <span className="quorum-meter__of">{t('quorum.of', { needed: quorum.needed, roll: quorum.roll })}</span>
      </p>
      <div
        className="quorum-meter__bar"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={counted}
        aria-valuetext={label}
      >
        <div className="quorum-meter__fill" style={{ inlineSize: `${(100 * counted) / max}%` }} />
        <div className="quorum-meter__mark" style={{ insetInlineStart: `${(100 * quorum.needed) / max}%` }} />
      </div>
      <p className="quorum-meter__state">
        {quorum.reached ? t('quorum.reached') : t('quorum.missing', { count: Math.max(0, quorum.needed - counted) })}
        {quorum.represented > 0 && ` · ${t('quorum.represented', { count: quorum.represented })}`}
      </p>
    </div>
  );
}
