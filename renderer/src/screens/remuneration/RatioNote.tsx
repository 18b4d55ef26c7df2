/**
 * The pay ratio of a run or scheme against the caps: the scheme's own and the statute's. A broken statute
 * cap is an alert; whether it blocks approval or only warns is the profile's choice (remuneration settings).
 */
import { useTranslation } from 'react-i18next';
import type { RatioCheck, RatioPolicy } from '../../../../shared/contract/remuneration';
import { brokenCap, ratioFigure } from './pay-format';

export function RatioNote({ check, policy }: { check: RatioCheck; policy: RatioPolicy }) {
  const { t, i18n } = useTranslation('remuneration');
  const locale = i18n.language;
  const broken = brokenCap(check);
  const caps = [
    check.statuteMax ? t('ratio.capStatute', { cap: ratioFigure(check.statuteMax, locale) }) : null,
    check.schemeMax ? t('ratio.capScheme', { cap: ratioFigure(check.schemeMax, locale) }) : null,
  ].filter((cap): cap is string => cap !== null);
  const params = {
    ratio: ratioFigure(check.ratio, locale),
    statute: ratioFigure(check.statuteMax, locale),
    scheme: ratioFigure(check.schemeMax, locale),
    caps: caps.join(', '),
    top: check.topMemberNumber ?? '—',
    lowest: check.lowestMemberNumber ?? '—',
  };
  if (check.ratio === null) return <p className="pay-ratio">{t('ratio.unmeasured')}</p>;
  if (broken === null) {
    return (
      <p className="pay-ratio pay-ratio--holds">
        {caps.length > 0 ? t('ratio.holds', params) : t('ratio.noCap', params)} {t('ratio.who', params)}
      </p>
    );
  }
  const blocks = policy === 'block';
  return (
    <p role="alert" className={`pay-ratio pay-ratio--${blocks ? 'blocked' : 'warned'}`}>
      {t(broken === 'statute' ? 'ratio.breaksStatute' : 'ratio.breaksScheme', params)} {t('ratio.who', params)}{' '}
      {blocks ? t('ratio.blocks') : t('ratio.warns')}
    </p>
  );
}
