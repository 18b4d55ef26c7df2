import type { DomainHandlers } from '../dispatch';
import type { HandlerDeps } from './deps';

export function remunerationHandlers(_deps: HandlerDeps): DomainHandlers<'remuneration'> {
  return {};
}
