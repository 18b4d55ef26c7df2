import { statuteDefaults } from '../../../shared/domain/statute';
import { getCoop, setupCoop, updateCoop } from '../../services/coop';
import { generateDemoCooperative } from '../../services/domains';
import { DEMO_SIZE, demoIdentity } from '../../services/members';
import type { DomainHandlers } from '../dispatch';
import { contextOf, type HandlerDeps } from './deps';

export function coopHandlers(deps: HandlerDeps): DomainHandlers<'coop'> {
  const ctx = () => contextOf(deps);
  return {
    'coop.get': () => getCoop(ctx()),
    'coop.setup': (input) => setupCoop(ctx(), input),
    'coop.setupDemo': async ({ locale }) => {
      const profile = await setupCoop(ctx(), demoIdentity(locale), { isDemo: true });
      await generateDemoCooperative(ctx(), { ...DEMO_SIZE, locale });
      return profile;
    },
    'coop.update': (input) => updateCoop(ctx(), input),
    'coop.statuteDefaults': ({ framework }) => statuteDefaults(framework),
  };
}
