import type { Input, Method, Output, RpcError } from '../../../shared/contract';
import { bridge } from './bridge';

/** A refused call, carrying the typed error so screens can show it in the user's language. */
export class RpcFailure extends Error {
  readonly error: RpcError;
  constructor(error: RpcError) {
    super(error.message);
    this.name = 'RpcFailure';
    this.error = error;
  }
}

/** Calls a contract method; resolves with its output or rejects with an RpcFailure. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await bridge().call(method, input);
  if (!result.ok) throw new RpcFailure(result.error);
  return result.value;
}
