/** A closed vote's result, as the minutes and the projector state it: passed or not, the exact tally, the rule and its legal basis. */
import { useTranslation } from 'react-i18next';
import type { VoteState } from '../../../../shared/contract/assemblies';

export function VoteResult({ vote, large = false }: { vote: VoteState; large?: boolean }) {
  const { t } = useTranslation('assemblies');
  const outcome = vote.outcome;
  if (!outcome) return null;
  const { yes, no, abstain, blank, invalid } = vote.tally;
  return (
    <div className={`vote-result vote-result--${outcome.passed ? 'passed' : 'failed'}${large ? ' vote-result--large' : ''}`}>
      <p className="vote-result__verdict">
        <span aria-hidden="true">{outcome.passed ? '✓ ' : '✗ '}</span>
        {outcome.passed ? t('result.passed') : t('result.failed')}
      </p>
      <p className="vote-result__figures">{t('result.figures', { yes, base: outcome.base, needed: outcome.yesNeeded })}</p>
      <p className="vote-result__tally">
        {t('result.tally', { yes, no, abstain })}
        {blank + invalid > 0 && ` · ${t('result.blankInvalid', { blank, invalid })}`}
      </p>
      <p className="vote-result__rule">{outcome.rule}</p>
      <p className="vote-result__basis">{outcome.basis}</p>
    </div>
  );
}
