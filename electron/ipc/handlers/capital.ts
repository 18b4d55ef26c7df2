import {
  capitalSummary,
  subscribedByMember,
  checkRegisterRange,
  checkStatementRange,
  commitCapitalImport,
  forfeit,
  getPolicy,
  lateInstalments,
  listClasses,
  memberStatement,
  memberSubscriptions,
  pay,
  payRefundInstalment,
  previewCapitalImport,
  refundQueue,
  registerPage,
  requestRefund,
  reverseOperation,
  revolveLayers,
  saveClass,
  subscribe,
  transfer,
  updatePolicy,
} from '../../services/capital';
import { capitalRegisterRoute, capitalStatementRoute } from '../../../shared/contract/capital';
import type { DomainHandlers } from '../dispatch';
import { askSavePath, contextOf, saveBytes, todayOf, type HandlerDeps } from './deps';

const pdf = [{ name: 'PDF', extensions: ['pdf'] }];

export function capitalHandlers(deps: HandlerDeps): DomainHandlers<'capital'> {
  const ctx = () => contextOf(deps);
  return {
    'capital.classes': () => listClasses(ctx()),
    'capital.saveClass': (input) => saveClass(ctx(), input),
    'capital.policy': () => getPolicy(ctx()),
    'capital.updatePolicy': (input) => updatePolicy(ctx(), input),
    'capital.subscriptions': ({ memberId }) => memberSubscriptions(ctx(), memberId),
    'capital.subscribe': (input) => subscribe(ctx(), input),
    'capital.pay': (input) => pay(ctx(), input),
    'capital.transfer': (input) => transfer(ctx(), input),
    'capital.requestRefund': (input) => requestRefund(ctx(), input),
    'capital.refundQueue': (input) => refundQueue(ctx(), input, todayOf(deps)),
    'capital.payRefundInstalment': (input) => payRefundInstalment(ctx(), input),
    'capital.forfeit': (input) => forfeit(ctx(), input),
    'capital.revolve': (input) => revolveLayers(ctx(), input),
    'capital.lateInstalments': (input) => lateInstalments(ctx(), input),
    'capital.register': (input) => registerPage(ctx(), input),
    'capital.statement': (input) => memberStatement(ctx(), input),
    'capital.summary': () => capitalSummary(ctx()),
    'capital.subscribedByMember': () => subscribedByMember(ctx()),
    'capital.reverse': (input) => reverseOperation(ctx(), input),
    'capital.printStatement': async (input) => {
      await checkStatementRange(ctx(), input);
      const path = await askSavePath(deps, 'capital:dialogs.printStatementTitle', `${deps.t('capital:files.statement')}-${input.memberId}-${input.from}-${input.to}.pdf`, pdf);
      saveBytes(path, await deps.platform.printToPdf({ route: capitalStatementRoute(input) }));
      return { path };
    },
    'capital.printRegister': async (input) => {
      await checkRegisterRange(ctx(), input);
      const path = await askSavePath(deps, 'capital:dialogs.printRegisterTitle', `${deps.t('capital:files.register')}-folio-${input.firstFolio}-${todayOf(deps)}.pdf`, pdf);
      saveBytes(path, await deps.platform.printToPdf({ route: capitalRegisterRoute(input) }));
      return { path };
    },
    'capital.importPreview': (input) => previewCapitalImport(ctx(), input),
    'capital.importCommit': (input) => commitCapitalImport(ctx(), input),
  };
}
