/**
 * `minga rules vote` and `minga rules quorum`: the rule file form of rules/assemblies.md on stdin, the
 * answer as JSON on stdout, with no database, so an adviser, an auditor or a test can check any tally.
 * An array in gives an array out; a refused item exits 1 with the reason and prints nothing.
 */
import { translate } from '../../../shared/i18n/catalogue';
import { answerQuorumFile, answerVoteFile } from '../../../shared/domain/voting';
import { defineCommand, usageError, EXIT, type PureEnv } from '../env';
import { answerEach, parseJsonText, printJson } from '../json-io';

/** The rule in words is English on the command line, whatever the coop's language. */
const english = (key: string, params?: Record<string, string | number>) => translate('en', key, params);

function ruleCommand(word: 'vote' | 'quorum', answer: (item: unknown) => unknown) {
  return defineCommand({
    words: ['rules', word],
    usage: `rules ${word} [--json] < FILE.json   (no database: the rule file form of rules/assemblies.md)`,
    options: { json: { type: 'boolean' } },
    creates: false,
    withoutDatabase: {
      applies: () => true,
      async run(env: PureEnv<{ json?: boolean }>) {
        if (env.args.length > 0) throw usageError(`rules ${word} reads its input on stdin and takes no words after it, got: ${env.args.join(' ')}`);
        const input = parseJsonText(await env.readStdin(), 'stdin');
        printJson(env.stdout, answerEach(input, answer), env.options.json === true);
        return EXIT.ok;
      },
    },
    async run() {
      throw usageError(`rules ${word} needs no database`);
    },
  });
}

export const rulesVote = ruleCommand('vote', (item) => answerVoteFile(item, english));
export const rulesQuorum = ruleCommand('quorum', answerQuorumFile);
