import { describe, expect, it } from 'vitest';
import { isMethodAllowed, windowAllowList, type WindowRole } from '../../electron/ipc/rpc-gate';
import { contract, type Method } from '../../shared/contract';

const methods = Object.keys(contract) as Method[];
const writesOf = (method: Method) => (contract[method] as { writes?: readonly string[] }).writes ?? [];

describe('per-window allow-lists (issue 5, security: only the main window writes)', () => {
  it.each<[WindowRole, string, boolean]>([
    ['main', 'members.create', true],
    ['main', 'backups.restore', true],
    ['main', 'coop.get', true],
    ['print', 'coop.get', true],
    ['print', 'members.register', true],
    ['print', 'members.list', false],
    ['print', 'members.create', false],
    ['print', 'backups.restore', false],
    ['print', 'backups.create', false],
    ['projector', 'coop.get', true],
    ['projector', 'members.register', false],
    ['projector', 'coop.update', false],
    ['print', 'toString', false],
    ['print', 42, false],
    ['projector', undefined, false],
  ] as [WindowRole, string, boolean][])('%s may call %s: %s', (role, method, allowed) => {
    expect(isMethodAllowed(role, method)).toBe(allowed);
  });

  it('the main window may call every method of the contract', () => {
    expect(methods.every((m) => isMethodAllowed('main', m))).toBe(true);
  });

  it.each(['print', 'projector'] as const)('the %s window may call only reads, and only methods the contract has', (role) => {
    const listed = windowAllowList[role];
    expect(listed).not.toBe('every method');
    for (const method of listed as readonly Method[]) {
      expect(methods).toContain(method);
      expect(writesOf(method)).toEqual([]);
    }
    expect(methods.filter((m) => writesOf(m).length > 0).some((m) => isMethodAllowed(role, m))).toBe(false);
  });
});
