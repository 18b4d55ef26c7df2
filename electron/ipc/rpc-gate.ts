/** The trust decision and reply for one IPC call, kept apart from ipcMain so tests can drive it. */
import type { Method } from '../../shared/contract';
import type { Result } from '../../shared/contract/errors';
import type { Dispatch } from './dispatch';

/** The one IPC channel calls travel on; the preload's bridge uses the same name. */
export const RPC_CHANNEL = 'rpc';

/** What a window is for; each role may call only its own methods. */
export type WindowRole = 'main' | 'print' | 'projector';

/**
 * Per window, the methods it may call. Only the main window writes; the print window and the projector
 * read only what they show, so a page loaded there (or a bug in one) can change nothing.
 */
export const windowAllowList: Readonly<Record<WindowRole, 'every method' | readonly Method[]>> = {
  main: 'every method',
  // The printed books read what they print: the coop's name and language for the heading, the members
  // register with each holder's capital subscribed, the capital register and a member's statement.
  // tests/unit/print-reads.test.ts keeps this list equal to what the print screens read.
  print: [
    'coop.get',
    'members.register',
    'capital.subscribedByMember',
    'capital.register',
    'capital.statement',
    // An assembly's convocation (the meeting and its agenda) and its roll of voters.
    'assemblies.get',
    'assemblies.roll',
    // A posted pay run's payslips (two copies per page).
    'remuneration.payslips',
    // A posted year's statements of allocation, one member per page.
    'surplus.statements',
    // A capitalisation plan for the assembly: the plan, its loans' schedules and its multi-year view.
    'budgets.plan',
    'budgets.projection',
    // A budget version for the assembly: its lines by month, and the accounts' codes and names.
    'budgets.version',
    'budgets.accounts',
  ],
  // The assembly screen on a second display: the coop's name and what the main window chose to project
  // (the current item, quorum, a live vote, the last result, the speakers), all in one read.
  // The surplus distribution projected (/projector/surplus): the waterfall, the funds and members' returns.
  projector: ['coop.get', 'assemblies.projection', 'surplus.projection'],
};

export function isMethodAllowed(role: WindowRole, method: unknown): boolean {
  const allowed = windowAllowList[role];
  return allowed === 'every method' || (typeof method === 'string' && (allowed as readonly string[]).includes(method));
}

export const untrustedSenderReply: Result<never> = {
  ok: false,
  error: { code: 'BAD_INPUT', message: 'Untrusted sender', key: 'errors.UNTRUSTED_SENDER' },
};

export const methodNotAllowedReply: Result<never> = {
  ok: false,
  error: { code: 'NOT_SUPPORTED', message: 'This window may not call that method', key: 'errors.WINDOW_NOT_ALLOWED' },
};

export interface RpcGate<Frame> {
  dispatch: Dispatch;
  isTrusted: (frame: Frame | null) => boolean;
}

/**
 * Dispatches the call only when the sending frame is trusted and its window's role allows the method;
 * otherwise nothing runs. A window no role was given to (`null`) may call nothing.
 */
export function answerRpc<Frame>(
  gate: RpcGate<Frame>,
  caller: { frame: Frame | null; role: WindowRole | null },
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (caller.role === null || !gate.isTrusted(caller.frame)) return Promise.resolve(untrustedSenderReply);
  if (!isMethodAllowed(caller.role, method)) return Promise.resolve(methodNotAllowedReply);
  // The dispatcher answers NOT_FOUND for a method name that is not a string.
  return gate.dispatch(method as string, input);
}
