/**
 * The pure voting and quorum rules (rules/assemblies.md): which rule a matter follows, whether a tally
 * passes, quorum by call, who is barred from a vote, the agenda's exceptions, notice, proxies, and the
 * rule and result in words. No I/O; the assemblies services and the `minga rules` command read them.
 */
export * from './types';
export { checkRule, evaluateVote, ruleOf } from './vote';
export { callsOf, evaluateQuorum, quorumNeeded } from './quorum';
export { agendaExceptions, barredFromVote, noticeDays, proxyCap } from './framework';
export { secrecyWarning, SMALL_ELECTORATE, LOPSIDED_GROUP } from './secrecy';
export { describeRule, describeResult } from './words';
export { answerQuorumFile, answerVoteFile } from './file-form';
