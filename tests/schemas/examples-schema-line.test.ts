/**
 * Every example a user writes names its JSON Schema so editors validate it. YAML: a
 * `# yaml-language-server: $schema=<relative path>` comment, on the first line (on the last line in
 * the examples whose line numbers tests pin in annotations; the language server reads the modeline
 * on any comment line). JSON: a "$schema" member, accepted and ignored by the loader. The link must resolve,
 * from the example's own directory, to the schema of its format in schemas/, and the example must
 * validate against the schema it names. JSONL (grounding cases) has no place for a schema link;
 * schemas.test.ts validates each line.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCanaryConfig } from '../../src/canary/config.js';
import { parseIgnoreConfig } from '../../src/config/ignore.js';
import { schemaValidator, type JsonSchema } from '../../src/core/schema.js';

const ROOT = resolve(import.meta.dirname, '../..');
const ex = (d: string) =>
  readdirSync(join(ROOT, 'examples', d))
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => `examples/${d}/${f}`);

/** Example file (relative to the repository) and the schema of its format. */
const EXAMPLES: [string, string][] = [
  ['examples/canary-score/canary.yaml', 'canary-config'],
  ['examples/canary-score/kayenta-canary-config.json', 'canary-config'],
  ['examples/config-attest/ignore.yaml', 'config-ignore'],
  ...readdirSync(join(ROOT, 'examples/opa-sim/readiness')).map((t): [string, string] => [
    `examples/opa-sim/readiness/${t}/checklist.yaml`,
    'readiness-checklist',
  ]),
  ...[...ex('trajectory-golden/goldens'), ...ex('trajectory-golden/drift')]
    .filter((f) => f.endsWith('.yaml'))
    .map((f): [string, string] => [f, 'trajectory-golden']),
  ['examples/slo-snapshot/slos/ledger.openslo.yaml', 'openslo-v1-slo'],
  ['examples/slo-snapshot/slos/sloth-services.yaml', 'sloth-prometheus-v1'],
];

describe('examples a user writes carry a $schema link their editor can follow', () => {
  it('covers every example format that has a schema', () => expect(EXAMPLES.length).toBeGreaterThanOrEqual(12));

  it.each(EXAMPLES)('%s -> schemas/%s.schema.json', (file, schema) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    let link: string | undefined;
    let doc: unknown;
    if (file.endsWith('.json')) {
      doc = JSON.parse(text);
      link = (doc as { $schema?: string }).$schema;
    } else {
      link = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
      doc = parseYaml(text);
    }
    expect(link, `${file}: no $schema link`).toBeDefined();
    const target = resolve(dirname(join(ROOT, file)), link!);
    expect(relative(ROOT, target)).toBe(`schemas/${schema}.schema.json`);
    expect(existsSync(target)).toBe(true);
    const schemaDoc = JSON.parse(readFileSync(target, 'utf8'));
    const validate = schemaValidator(schemaDoc as JsonSchema);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
  });
});

describe('loaders of JSON forms accept exactly "$schema" beside their own keys, and ignore it', () => {
  it('config ignore rules', async () => {
    const rules = { ignoreDifferences: [{ kind: 'Service', jsonPointers: ['/spec'] }] };
    expect(await parseIgnoreConfig({ $schema: '../schemas/config-ignore.schema.json', ...rules }, 'ignore.json')).toEqual(
      await parseIgnoreConfig(rules, 'ignore.json'),
    );
    await expect(parseIgnoreConfig({ $schemas: 'x', ...rules }, 'ignore.json')).rejects.toThrow(/ignore\.json.*\$schemas/);
  });
  it('canary config', () => {
    const doc = JSON.parse(readFileSync(join(ROOT, 'examples/canary-score/kayenta-canary-config.json'), 'utf8'));
    const { $schema, ...rest } = doc;
    expect($schema).toBe('../../schemas/canary-config.schema.json');
    expect(parseCanaryConfig(doc, 'kayenta-canary-config.json')).toEqual(parseCanaryConfig(rest, 'kayenta-canary-config.json'));
    expect(() => parseCanaryConfig({ ...rest, $schemas: 'x' }, 'kayenta-canary-config.json')).toThrow(/\$schemas/);
  });
});
