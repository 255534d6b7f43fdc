/**
 * Fuzz of the parsers outside canary-score and trajectory-golden (issue 19: "a fuzz and property test
 * suite for each parser and gate"): opa-sim inputs (JSON, JSON Lines) and the Rego exact JSON reader,
 * evidence JWKS and DSSE envelopes, config-attest YAML, grounding-check cases. Random and mutated
 * inputs give a value or a typed error, never an internal error; mutating a signed envelope never
 * verifies a changed payload.
 *
 * Crashes found here in other areas are listed in KNOWN_OPEN with the issue item that covers them;
 * those properties are skipped (not hidden): remove an entry once its fix is merged.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/parse.js';
import { decodeBase64, parseEnvelope, signEnvelope, verifyEnvelope } from '../../src/core/dsse.js';
import { generateKey, parseJwks, formatJwks } from '../../src/core/ed25519.js';
import { parseCases } from '../../src/grounding/input.js';
import { readInputFiles, readJsonLines } from '../../src/opa/load.js';
import { parseJSONExact } from '../../src/rego/jsonexact.js';
import { hostileText, mutated, params, typed, typedAsync } from './fuzz.js';

const root = join(import.meta.dirname, '../..');
const read = (p: string, max = 4000) => readFileSync(join(root, p), 'utf8').slice(0, max);

/** Crashes the fuzzer finds outside this helper's area, by property, with the issue item covering them. */
const KNOWN_OPEN: Record<string, string> = {};

const itOpen = (name: string, fn: () => unknown | Promise<unknown>) =>
  KNOWN_OPEN[name] ? it.skip(`${name} (open: ${KNOWN_OPEN[name]})`, fn) : it(name, fn);

describe('opa-sim inputs', () => {
  const jsonl = [read('examples/opa-sim/requests/allowed.jsonl'), read('examples/opa-sim/requests/denied.jsonl')];

  itOpen('the Rego exact JSON reader: a value or a SyntaxError, never another exception', () => {
    fc.assert(
      fc.property(hostileText(jsonl.map((t) => t.split('\n')[0])), (text) => {
        try {
          parseJSONExact(text);
        } catch (e) {
          expect(e).toBeInstanceOf(SyntaxError); // its callers map SyntaxError to exit 2
        }
      }),
      params(),
    );
  });

  itOpen('the exact JSON reader agrees with JSON.parse on valid JSON (integers beyond 2^53 aside)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (v) => {
        const text = JSON.stringify(v);
        let threw = false;
        try {
          parseJSONExact(text);
        } catch {
          threw = true;
        }
        expect(threw).toBe(false);
      }),
      params(),
    );
  });

  itOpen('the exact JSON reader on 100,000 nested arrays: a SyntaxError', () => {
    expect(() => parseJSONExact('['.repeat(100_000) + ']'.repeat(100_000))).toThrow(SyntaxError);
  });

  itOpen('--inputs JSON Lines and --input files: inputs or a typed error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-fuzz-opa-'));
    await fc.assert(
      fc.asyncProperty(hostileText(jsonl), async (text) => {
        writeFileSync(join(dir, 'in.jsonl'), text);
        writeFileSync(join(dir, 'in.json'), text);
        await typedAsync('readJsonLines', () => readJsonLines(['in.jsonl'], dir));
        await typedAsync('readInputFiles', () => readInputFiles(['in.json'], dir));
      }),
      params(100),
    );
  });
});

describe('evidence: JWKS and DSSE envelopes', () => {
  itOpen('random and mutated JWKS: keys or a typed error', async () => {
    const key = await generateKey();
    const jwks = formatJwks([key.publicKey]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileText([jwks]),
          fc.constantFrom('[]', '{"keys":[1,"x",[]]}', '{"keys":{}}', '"x"', '{"keys":[{"kty":"OKP","crv":"Ed25519","x":"@@"}]}'),
        ),
        async (text) => {
          await typedAsync('parseJwks', () => parseJwks(text, 'keys.jwks'));
        },
      ),
      params(),
    );
  });

  itOpen('JWKS null, null keys and malformed x: a typed error', async () => {
    for (const text of [
      'null',
      '{"keys":[null]}',
      '{"keys":[{"kty":"OKP","crv":"Ed25519","x":"@@"}]}',
      '{"keys":[{"kty":"OKP","crv":"Ed25519","x":"AAAA"}]}',
    ]) {
      await typedAsync('parseJwks', () => parseJwks(text, 'keys.jwks'));
    }
  });

  itOpen('random JSON as an envelope: an envelope or a typed error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.record({ payloadType: fc.jsonValue(), payload: fc.jsonValue(), signatures: fc.array(fc.jsonValue({ maxDepth: 2 })) }),
        ),
        (v) => {
          typed('parseEnvelope', () => parseEnvelope(v, 'env.json'));
        },
      ),
      params(),
    );
  });

  it('mutating a signed envelope never verifies a changed payload or payload type', async () => {
    const key = await generateKey();
    const payload = new TextEncoder().encode(
      JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'a', digest: { sha256: '00' } }] }),
    );
    const env = signEnvelope(payload, 'application/vnd.in-toto+json', [key]);
    const text = JSON.stringify(env);
    fc.assert(
      fc.property(mutated([text]), (m) => {
        let value: unknown;
        try {
          value = JSON.parse(m);
        } catch {
          return; // not JSON: the pack reader refuses it (exit 2)
        }
        const parsed = typed('parseEnvelope', () => parseEnvelope(value, 'env.json'));
        if (!parsed.ok) return;
        const v = verifyEnvelope(parsed.value, [key.publicKey]);
        if (v.validKeys.length) {
          // a signature may only verify what was signed (base64 padding bits aside, the bytes are the same)
          expect(parsed.value.payloadType).toBe('application/vnd.in-toto+json');
          expect(Buffer.from(v.payload).equals(Buffer.from(payload))).toBe(true);
        }
      }),
      params(300),
    );
    // and the unmutated envelope verifies (the property is not vacuous)
    expect(verifyEnvelope(parseEnvelope(JSON.parse(text), 'env.json'), [key.publicKey]).validKeys).toHaveLength(1);
    expect(decodeBase64(env.payload)).toEqual(payload);
  });
});

describe('config-attest YAML', () => {
  const dir = join(root, 'corpora/configs/manifests/kube-prometheus');
  const bases = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .slice(0, 8)
    .map((f) => readFileSync(join(dir, f), 'utf8').slice(0, 3000));

  itOpen('random and mutated manifests: documents or a typed error', () => {
    fc.assert(
      fc.property(hostileText(bases), (text) => {
        typed('parseConfigText', () => parseConfigText(text, 'm.yaml'));
      }),
      params(),
    );
  });
});

describe('grounding-check cases', () => {
  const bases = [read('examples/grounding-check/gold.jsonl', 3000), read('corpora/grounding/summedits_sales.jsonl', 3000)].map((t) =>
    t.split('\n').slice(0, 3).join('\n'),
  );

  itOpen('random and mutated JSONL cases: cases or a typed error', () => {
    fc.assert(
      fc.property(hostileText(bases), (text) => {
        typed('parseCases', () => parseCases(text, 'cases.jsonl'));
      }),
      params(),
    );
  });
});
