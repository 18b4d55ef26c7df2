/**
 * Reads a zod schema's structure (not its verdicts) to say which JSON kinds each field accepts, so a
 * fuzzer can put a value of a kind the field never accepts: the input is badly typed by construction,
 * whatever the random draw (a generator that sometimes makes a valid input hides nothing but flakes).
 */
import fc from 'fast-check';
import type { z } from 'zod';

export type Kind = 'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'array' | 'object';
const allKinds: readonly Kind[] = ['string', 'number', 'boolean', 'null', 'undefined', 'array', 'object'];
/** What a schema accepts: some kinds, or anything (a transform, a coercion, `unknown`). */
type Accepts = ReadonlySet<Kind> | 'anything';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: readonly z.ZodType[];
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  coerce?: boolean;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
  left?: z.ZodType;
  getter?: () => z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const kindOfValue = (value: unknown): Kind =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as Kind);

function union(a: Accepts, b: Accepts): Accepts {
  return a === 'anything' || b === 'anything' ? 'anything' : new Set([...a, ...b]);
}

export function accepts(schema: z.ZodType): Accepts {
  const def = defOf(schema);
  if (def.coerce) return 'anything';
  switch (def.type) {
    case 'string':
    case 'template_literal':
      return new Set(['string']);
    case 'number':
      return new Set(['number']);
    case 'boolean':
      return new Set(['boolean']);
    case 'null':
      return new Set(['null']);
    case 'undefined':
      return new Set(['undefined']);
    case 'array':
    case 'tuple':
      return new Set(['array']);
    case 'object':
    case 'record':
      return new Set(['object']);
    case 'enum':
      return new Set(Object.values(def.entries!).map(kindOfValue));
    case 'literal':
      return new Set(def.values!.map(kindOfValue));
    case 'nullable':
      return union(accepts(def.innerType!), new Set(['null']));
    case 'optional':
    case 'default':
    case 'prefault':
      return union(accepts(def.innerType!), new Set(['undefined']));
    case 'readonly':
    case 'nonoptional':
      return accepts(def.innerType!);
    case 'pipe':
      return accepts(def.in!);
    case 'union':
      return def.options!.map(accepts).reduce(union, new Set<Kind>());
    case 'intersection':
      return accepts(def.left!);
    case 'lazy':
      return accepts(def.getter!());
    default:
      // transform, catch, custom, any, unknown: the structure says nothing about what is refused.
      return 'anything';
  }
}

/** The object or array schema under wrappers (nullable, default, pipe…), if there is one. */
function unwrap(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (['nullable', 'optional', 'default', 'prefault', 'readonly', 'nonoptional'].includes(def.type)) return unwrap(def.innerType!);
  if (def.type === 'pipe') return unwrap(def.in!);
  return schema;
}

/** A field of a sample input that a mutation can break: where it is and what it accepts. */
export interface Spot {
  path: readonly (string | number)[];
  accepts: ReadonlySet<Kind>;
}

/** Every field of `sample` (nested objects and first array elements included) whose schema refuses some kind. */
export function spots(schema: z.ZodType, sample: unknown, path: readonly (string | number)[] = []): Spot[] {
  const def = defOf(unwrap(schema));
  const found: Spot[] = [];
  if (def.type === 'object' && sample !== null && typeof sample === 'object' && !Array.isArray(sample)) {
    for (const [key, field] of Object.entries(def.shape!)) {
      const kinds = accepts(field);
      if (kinds !== 'anything' && kinds.size < allKinds.length) found.push({ path: [...path, key], accepts: kinds });
      found.push(...spots(field, (sample as Record<string, unknown>)[key], [...path, key]));
    }
  } else if (def.type === 'array' && Array.isArray(sample) && sample.length > 0) {
    const kinds = accepts(def.element!);
    if (kinds !== 'anything') found.push({ path: [...path, 0], accepts: kinds });
    found.push(...spots(def.element!, sample[0], [...path, 0]));
  }
  return found;
}

/** Whether the object schema refuses keys it does not declare (`.strict()`). */
export function isStrictObject(schema: z.ZodType): boolean {
  const def = defOf(unwrap(schema));
  return def.type === 'object' && def.catchall !== undefined && defOf(def.catchall).type === 'never';
}

const pollution = () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown;

const valuesOfKind: Record<Kind, fc.Arbitrary<unknown>> = {
  string: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('')),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true })),
  boolean: fc.boolean(),
  null: fc.constant(null),
  undefined: fc.constant(undefined),
  array: fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 3 }),
  object: fc.oneof(fc.constant({}), fc.constant(pollution()), fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 })),
};

/** A value of a kind `spot` never accepts; NaN and ±Infinity for a number field (a number, but never a valid one). */
export function wrongValueFor(accepted: ReadonlySet<Kind>): fc.Arbitrary<unknown> {
  const others = allKinds.filter((k) => !accepted.has(k)).map((k) => valuesOfKind[k]);
  if (accepted.has('number')) others.push(fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY));
  return fc.oneof(...others);
}

function withValueAt(sample: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(sample) ? [...(sample as unknown[])] : { ...(sample as object) }) as Record<string | number, unknown>;
  copy[head!] = withValueAt(copy[head!], rest, value);
  return copy;
}

/**
 * A valid sample broken on purpose: one field of a kind it never accepts, an undeclared key on a strict
 * object, or something that is not an object at all.
 */
export function badlyTyped(schema: z.ZodType, sample: unknown): fc.Arbitrary<unknown> {
  const choices: fc.Arbitrary<unknown>[] = [];
  const wholeKinds = accepts(schema);
  if (wholeKinds !== 'anything') choices.push(wrongValueFor(wholeKinds));
  const fieldSpots = spots(schema, sample);
  if (fieldSpots.length > 0) {
    choices.push(fc.constantFrom(...fieldSpots).chain((spot) => wrongValueFor(spot.accepts).map((v) => withValueAt(sample, spot.path, v))));
  }
  if (isStrictObject(schema)) {
    choices.push(
      fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'id2', 'x'.repeat(300)), fc.anything()).map(([key, value]) => {
        const input: Record<string, unknown> = { ...(sample as object) };
        // defineProperty, so '__proto__' becomes an own key as JSON.parse would make it, not a prototype swap.
        Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
        return input;
      }),
    );
  }
  if (choices.length === 0) throw new Error('this schema accepts anything: there is no badly typed input to make');
  return fc.oneof(...choices);
}
