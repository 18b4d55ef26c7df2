/** The only user of ipcMain: one 'rpc' channel into the transport-free dispatcher, for trusted frames only. */
import { ipcMain, type WebFrameMain } from 'electron';
import type { Dispatch } from './dispatch';
import { answerRpc, RPC_CHANNEL } from './rpc-gate';

export function registerIpc(dispatch: Dispatch, isTrusted: (frame: WebFrameMain | null) => boolean): void {
  ipcMain.handle(RPC_CHANNEL, (event, method: unknown, input: unknown) =>
    answerRpc({ dispatch, isTrusted }, event.senderFrame, method, input),
  );
}
