/**
 * Shared pieces of the fuzz and property suite (fast-check). Runs are seeded (FUZZ_SEED overrides
 * the fixed seed; fast-check prints the seed and the shrunk counterexample on failure) and modest
 * (FUZZ_RUNS overrides numRuns), so the suite runs in seconds.
 *
 * A parser or gate "crashes" when it throws anything but McError (InputError, UsageError): the CLI
 * and the actions map McError to exit 2 with a message naming the file and field, and anything else
 * to "internal error". A call "hangs" when it runs past HANG_MS: a hang detector with a generous
 * bound, not a speed test (speed is measured in bench/).
 */
import fc from 'fast-check';
import { McError } from '../../src/core/errors.js';

export const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
export const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
export const HANG_MS = 2_000;

/** fast-check parameters used by every property of the suite. */
export const params = (numRuns = RUNS): fc.Parameters<unknown> => ({ seed: SEED, numRuns, endOnFailure: true });

/** What one call did: returned, or threw a typed error. Throws (failing the property) on a crash or a hang. */
export function typed<T>(what: string, fn: () => T): { ok: true; value: T } | { ok: false; error: McError } {
  const t0 = performance.now();
  let out: { ok: true; value: T } | { ok: false; error: McError };
  try {
    out = { ok: true, value: fn() };
  } catch (e) {
    if (!(e instanceof McError))
      throw new Error(
        `${what}: internal error (not an InputError/UsageError): ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`,
        { cause: e },
      );
    out = { ok: false, error: e };
  }
  const ms = performance.now() - t0;
  if (ms > HANG_MS) throw new Error(`${what}: ran ${ms.toFixed(0)} ms (hang detector: ${HANG_MS} ms)`);
  return out;
}

/** The async form of {@link typed}. */
export async function typedAsync<T>(what: string, fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: McError }> {
  const t0 = performance.now();
  let out: { ok: true; value: T } | { ok: false; error: McError };
  try {
    out = { ok: true, value: await fn() };
  } catch (e) {
    if (!(e instanceof McError))
      throw new Error(
        `${what}: internal error (not an InputError/UsageError): ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`,
        { cause: e },
      );
    out = { ok: false, error: e };
  }
  const ms = performance.now() - t0;
  if (ms > HANG_MS) throw new Error(`${what}: ran ${ms.toFixed(0)} ms (hang detector: ${HANG_MS} ms)`);
  return out;
}

/** Characters that matter to JSON, YAML, CSV and base64 parsers, plus a few awkward code points. */
const INTERESTING = [
  ...'{}[]":,\'\n\r\t -+.0123456789eEtfnulxNaI#&*!|>%@`\\/=_~$',
  '\u0000',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\ud800',
  '💥',
  '９',
];

type Op = { kind: 'replace' | 'insert' | 'delete' | 'duplicate' | 'truncate'; at: number; len: number; ch: string };

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('replace', 'insert', 'delete', 'duplicate', 'truncate'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 16 }),
  ch: fc.oneof(fc.constantFrom(...INTERESTING), fc.string({ minLength: 1, maxLength: 3 })),
}) as fc.Arbitrary<Op>;

function apply(base: string, ops: Op[]): string {
  let s = base;
  for (const o of ops) {
    const at = s.length ? o.at % (s.length + 1) : 0;
    if (o.kind === 'replace') s = s.slice(0, at) + o.ch + s.slice(at + 1);
    else if (o.kind === 'insert') s = s.slice(0, at) + o.ch + s.slice(at);
    else if (o.kind === 'delete') s = s.slice(0, at) + s.slice(at + o.len);
    else if (o.kind === 'duplicate') s = s.slice(0, at + o.len) + s.slice(at, at + o.len) + s.slice(at + o.len);
    else s = s.slice(0, at);
  }
  return s;
}

/** Text derived from one of `bases` by 1 to 6 random edits (replace, insert, delete, duplicate a slice, truncate). */
export function mutated(bases: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...bases), fc.array(opArb, { minLength: 1, maxLength: 6 })).map(([b, ops]) => apply(b, ops));
}

/** Random text: arbitrary strings, JSON texts of random values, and mutations of the given bases. */
export function hostileText(bases: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
    { weight: 4, arbitrary: mutated(bases) },
  );
}
