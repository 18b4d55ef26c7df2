/**
 * Type-level tests, checked by `tsc` (nothing here runs). The contract is one map merged from each domain's
 * map, so a method two domains both declared would silently keep one; and a domain keeps one name through
 * every layer (architecture.md), so each method is named `<domain>.<verb>` after the domain that owns it.
 */
import type { MethodSpec, SharedMethods, UnprefixedMethods } from '../../shared/contract/define';
import type { domainMethods } from '../../shared/contract';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

type Domains = typeof domainMethods;

export type ContractChecks = [
  Expect<Equal<UnprefixedMethods<Domains>, never>>,
  Expect<Equal<SharedMethods<Domains>, never>>,
];

// The checks can fail: each catches the mistake it is for, by name.
type Misnamed = {
  members: { 'members.list': MethodSpec; 'members.get': MethodSpec };
  coop: { 'coop.get': MethodSpec; 'members.get': MethodSpec };
};
type Stray = { members: { 'members.list': MethodSpec; list: MethodSpec } };

export type CheckChecks = [
  Expect<Equal<UnprefixedMethods<Misnamed>, 'members.get'>>,
  Expect<Equal<SharedMethods<Misnamed>, 'members.get'>>,
  Expect<Equal<UnprefixedMethods<Stray>, 'list'>>,
  Expect<Equal<SharedMethods<Stray>, never>>,
];
