import type { DomainHandlers } from '../dispatch';
import type { HandlerDeps } from './deps';

export function attendanceHandlers(_deps: HandlerDeps): DomainHandlers<'attendance'> {
  return {};
}
