/**
 * Which role each open window has, by its web contents: the IPC gate asks it for every call. A window
 * is given its role where it is created; one nobody gave a role to may call nothing.
 */
import type { WebContents } from 'electron';
import type { WindowRole } from '../ipc/rpc-gate';

const roles = new Map<number, WindowRole>();

export function assignWindowRole(contents: WebContents, role: WindowRole): void {
  const id = contents.id;
  roles.set(id, role);
  // Ids are not reused while the app runs, but a closed window's entry is dead weight.
  contents.once('destroyed', () => roles.delete(id));
}

export function windowRoleOf(contents: WebContents): WindowRole | null {
  return roles.get(contents.id) ?? null;
}
