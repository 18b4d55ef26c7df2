/** The per-member allocation statements: their data, and the PDF printed from the print route in the coop's language. */
import { statementsRoute } from '../../../shared/contract/surplus-statement';
import type { ServiceContext } from '../../services/core';
import { yearStatements } from '../../services/surplus';
import type { DomainHandlers } from '../dispatch';
import { askSavePath, saveBytes, type HandlerDeps } from './deps';

type StatementHandlers = Pick<DomainHandlers<'surplus'>, 'surplus.statements' | 'surplus.printStatements'>;

const pdf = [{ name: 'PDF', extensions: ['pdf'] }];

export function statementHandlers(deps: HandlerDeps, ctx: () => ServiceContext): StatementHandlers {
  return {
    'surplus.statements': (input) => yearStatements(ctx(), input),
    'surplus.printStatements': async ({ year, memberId }) => {
      // Refused (reversed, not posted, no such member) before any dialog opens.
      const found = await yearStatements(ctx(), { year, memberId });
      const who = memberId === null ? '' : `-${found.statements[0]!.memberNumber}`;
      const path = await askSavePath(deps, 'surplus:statement.saveTitle', `${deps.t('surplus:statement.fileName')}-${year}${who}.pdf`, pdf);
      saveBytes(path, await deps.platform.printToPdf({ route: statementsRoute(year, memberId) }));
      return { path };
    },
  };
}
