/** The only user of ipcMain: one 'rpc' channel into the transport-free dispatcher, for trusted frames only. */
import { ipcMain, type WebContents, type WebFrameMain } from 'electron';
import type { Dispatch } from './dispatch';
import { answerRpc, RPC_CHANNEL, type WindowRole } from './rpc-gate';

export function registerIpc(
  dispatch: Dispatch,
  isTrusted: (frame: WebFrameMain | null) => boolean,
  roleOf: (contents: WebContents) => WindowRole | null,
): void {
  ipcMain.handle(RPC_CHANNEL, (event, method: unknown, input: unknown) =>
    answerRpc({ dispatch, isTrusted }, { frame: event.senderFrame, role: roleOf(event.sender) }, method, input),
  );
}
