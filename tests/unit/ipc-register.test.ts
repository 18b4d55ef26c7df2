import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/ipc/dispatch';
import { answerRpc, methodNotAllowedReply, untrustedSenderReply, type WindowRole } from '../../electron/ipc/rpc-gate';
import { isTrustedSender, type SenderFrame } from '../../electron/main/security';

function recordingDispatch(): { dispatch: Dispatch; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const dispatch: Dispatch = async (method, input) => {
    calls.push([method, input]);
    return { ok: true, value: 'dispatched' };
  };
  return { dispatch, calls };
}

const ourTopFrame: SenderFrame = { url: 'app://minga/index.html#/members', parent: null };
const fromMain = (frame: SenderFrame | null) => ({ frame, role: 'main' as WindowRole });

describe('IPC calls reach the dispatcher only from our own top frame', () => {
  it('dispatches a call from the app page', async () => {
    const { dispatch, calls } = recordingDispatch();
    const reply = await answerRpc({ dispatch, isTrusted: isTrustedSender }, fromMain(ourTopFrame), 'members.list', { q: 'a' });
    expect(reply).toEqual({ ok: true, value: 'dispatched' });
    expect(calls).toEqual([['members.list', { q: 'a' }]]);
  });

  it.each<[string, SenderFrame | null]>([
    ['a null frame', null],
    ['a sub-frame of the app page', { url: 'app://minga/index.html', parent: ourTopFrame }],
    ['a foreign origin', { url: 'https://evil.example/', parent: null }],
    ['a look-alike origin', { url: 'app://minga.evil.com/index.html', parent: null }],
    ['a file: page', { url: 'file:///tmp/index.html', parent: null }],
  ])('refuses %s and dispatches nothing', async (_name, frame) => {
    const { dispatch, calls } = recordingDispatch();
    const reply = await answerRpc({ dispatch, isTrusted: isTrustedSender }, fromMain(frame), 'members.remove', { id: 1 });
    expect(reply).toEqual(untrustedSenderReply);
    expect(calls).toEqual([]);
  });

  it('refuses our own page in a window nobody gave a role to', async () => {
    const { dispatch, calls } = recordingDispatch();
    const reply = await answerRpc({ dispatch, isTrusted: isTrustedSender }, { frame: ourTopFrame, role: null }, 'coop.get', {});
    expect(reply).toEqual(untrustedSenderReply);
    expect(calls).toEqual([]);
  });

  it('refuses a write from the print window: only the main window writes (issue 5, security)', async () => {
    const { dispatch, calls } = recordingDispatch();
    const gate = { dispatch, isTrusted: isTrustedSender };
    expect(await answerRpc(gate, { frame: ourTopFrame, role: 'print' }, 'members.remove', { id: 1 })).toEqual(methodNotAllowedReply);
    expect(await answerRpc(gate, { frame: ourTopFrame, role: 'print' }, 'members.register', {})).toEqual({ ok: true, value: 'dispatched' });
    expect(calls).toEqual([['members.register', {}]]);
  });

  it('says why in a Result the renderer can read', () => {
    expect(untrustedSenderReply).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'Untrusted sender', key: 'errors.UNTRUSTED_SENDER' },
    });
    expect(methodNotAllowedReply).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED', key: 'errors.WINDOW_NOT_ALLOWED' } });
  });
});
