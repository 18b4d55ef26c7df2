import type { DomainHandlers } from '../dispatch';
import type { HandlerDeps } from './deps';

export function assembliesHandlers(_deps: HandlerDeps): DomainHandlers<'assemblies'> {
  return {};
}
