import { statuteDefaults } from '../../../shared/domain/statute';
import { getCoop, leaveDemo, setupCoop, updateCoop } from '../../services/coop';
import { inOneTransaction } from '../../services/core';
import { generateDemoCooperative } from '../../services/domains';
import { DEMO_SIZE, demoIdentity } from '../../services/members';
import type { DomainHandlers } from '../dispatch';
import { contextOf, type HandlerDeps } from './deps';

export function coopHandlers(deps: HandlerDeps): DomainHandlers<'coop'> {
  const ctx = () => contextOf(deps);
  return {
    'coop.get': () => getCoop(ctx()),
    'coop.setup': (input) => setupCoop(ctx(), input),
    // One transaction: a demo interrupted half-way leaves no coop that could never be finished.
    'coop.setupDemo': ({ locale }) =>
      inOneTransaction(ctx(), async (txCtx) => {
        const profile = await setupCoop(txCtx, demoIdentity(locale), { isDemo: true });
        await generateDemoCooperative(txCtx, { ...DEMO_SIZE, locale });
        return profile;
      }),
    'coop.update': (input) => updateCoop(ctx(), input),
    'coop.leaveDemo': () => leaveDemo(deps.session),
    'coop.statuteDefaults': ({ framework }) => statuteDefaults(framework),
  };
}
