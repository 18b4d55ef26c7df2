/**
 * A pure rule's refusal (a policy below a legal minimum, a scenario file that does not hold together):
 * the English sentence for logs and the command line, and the catalogue key and params the user reads.
 * shared/domain cannot import the contract, so the dispatcher turns this into a BAD_INPUT reply.
 */
export class RuleRefusal extends Error {
  constructor(
    readonly key: string,
    message: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'RuleRefusal';
  }
}
