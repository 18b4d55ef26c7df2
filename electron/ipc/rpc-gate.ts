/** The trust decision and reply for one IPC call, kept apart from ipcMain so tests can drive it. */
import type { Result } from '../../shared/contract/errors';
import type { Dispatch } from './dispatch';

/** The one IPC channel calls travel on; the preload's bridge uses the same name. */
export const RPC_CHANNEL = 'rpc';

export const untrustedSenderReply: Result<never> = {
  ok: false,
  error: { code: 'BAD_INPUT', message: 'Untrusted sender', key: 'errors.UNTRUSTED_SENDER' },
};

/** Dispatches the call only when the sending frame is trusted; otherwise nothing runs. */
export function answerRpc<Frame>(
  gate: { dispatch: Dispatch; isTrusted: (frame: Frame | null) => boolean },
  frame: Frame | null,
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!gate.isTrusted(frame)) return Promise.resolve(untrustedSenderReply);
  // The dispatcher answers NOT_FOUND for a method name that is not a string.
  return gate.dispatch(method as string, input);
}
