/** SLO spec parsing: both formats read into one shape; every malformed spec names file, line and field. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/runner.js';
import { checkUniqueNames, durationSeconds, parseSloSpecs, renderQuery } from '../../src/slo/spec.js';

const SLOS = join(repoRoot, 'examples/slo-snapshot/slos');
const sloth = readFileSync(join(SLOS, 'sloth-services.yaml'), 'utf8');
const openslo = readFileSync(join(SLOS, 'ledger.openslo.yaml'), 'utf8');

function err(text: string, file = 'slo.yaml'): string {
  try {
    parseSloSpecs(text, file);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('SLO specs', () => {
  it('reads Sloth prometheus/v1 (events and raw) and OpenSLO v1 (good/total, rolling window) into one shape', () => {
    const s = parseSloSpecs(sloth, 'sloth.yaml');
    expect(s.map((x) => [x.name, x.objective, x.window, x.sli.kind, x.line])).toEqual([
      ['shop-payments-availability', 0.999, '30d', 'errors', 7],
      ['shop-search-availability', 0.999, '30d', 'errors', 16],
      ['shop-checkout-availability', 0.999, '30d', 'errors', 22],
      ['shop-batch-availability', 0.999, '30d', 'errorRatio', 28],
    ]);
    const o = parseSloSpecs(openslo, 'ledger.yaml');
    expect(o).toHaveLength(1);
    expect(o[0]).toMatchObject({
      name: 'ledger-writes',
      service: 'ledger',
      objective: 0.999,
      window: '28d',
      windowSeconds: 28 * 86400,
      format: 'openslo/v1',
    });
    expect(o[0].sli.kind).toBe('good');
    expect(parseSloSpecs(sloth, 's.yaml', { slothWindow: '28d' })[0].window).toBe('28d');
    // targetPercent and several objectives
    const two = openslo.replace(
      '    - displayName: Ledger writes\n      target: 0.999\n',
      '    - displayName: fast\n      targetPercent: 99.5\n    - displayName: strict\n      target: 0.9999\n',
    );
    expect(parseSloSpecs(two, 'two.yaml').map((x) => [x.name, x.objective])).toEqual([
      ['ledger-writes:fast', 0.995],
      ['ledger-writes:strict', 0.9999],
    ]);
  });

  it('renders {{.window}} (with or without spaces) and reads PromQL durations', () => {
    expect(renderQuery('sum(rate(x[{{.window}}])) / sum(rate(y[{{ .window }}]))', '5m')).toBe('sum(rate(x[5m])) / sum(rate(y[5m]))');
    expect([durationSeconds('5m'), durationSeconds('6h'), durationSeconds('28d'), durationSeconds('4w')]).toEqual([
      300, 21600, 2419200, 2419200,
    ]);
    expect(() => durationSeconds('1h30m')).toThrow(/expected a duration/);
  });

  it('names file, line and field for every malformed spec', () => {
    expect(err(sloth.replace('    objective: 99.9\n    description', '    objectve: 99.9\n    description'))).toBe(
      "slo.yaml:8: slos[0].objectve: expected no property 'objectve' (not in the Sloth prometheus/v1 schema; known here: name, objective, description, labels, sli, alerting)",
    );
    expect(err(sloth.replace('objective: 99.9\n    description', 'objective: 100\n    description'))).toMatch(
      /^slo\.yaml:8: slos\[0\]\.objective: expected a number < 100 \(found 100\)/,
    );
    expect(
      err(
        sloth.replace(
          '[{{.window}}]))\n        total_query: sum(rate(http_requests_total{service="payments"}',
          '[5m]))\n        total_query: sum(rate(http_requests_total{service="payments"}',
        ),
      ),
    ).toMatch(/^slo\.yaml:12: slos\[0\]\.sli\.events\.error_query: expected a PromQL query with the \{\{\.window\}\} range template/);
    expect(err(openslo.replace('budgetingMethod: Occurrences', 'budgetingMethod: Timeslices'))).toBe(
      'slo.yaml:29: spec.budgetingMethod: expected "Occurrences" (found "Timeslices")',
    );
    expect(err(openslo.replace('isRolling: true', 'isRolling: false'))).toBe(
      'slo.yaml:28: spec.timeWindow[0].isRolling: expected true (found false)',
    );
    expect(
      err(
        openslo.replace(
          'type: Prometheus\n            spec:\n              query: sum(rate(http_requests_total{service="ledger",code',
          'type: Datadog\n            spec:\n              query: sum(rate(http_requests_total{service="ledger",code',
        ),
      ),
    ).toBe('slo.yaml:18: spec.indicator.spec.ratioMetric.good.metricSource.type: expected "Prometheus" (found "Datadog")');
    expect(err(openslo.replace('kind: SLO', 'kind: SLI'))).toMatch(/^slo\.yaml:3: kind: expected SLO/);
    expect(err('apiVersion: v1\nkind: ConfigMap\n')).toMatch(/^slo\.yaml:1: document 0: expected an OpenSLO v1 SLO .* or a Sloth spec/);
    expect(err('')).toMatch(/expected at least one SLO document/);
    expect(err('version: prometheus/v1\nservice: a\nservice: b\nslos: []\n')).toMatch(
      /^slo\.yaml:3: document 0: expected valid YAML 1\.2 \(found Map keys must be unique/,
    );
    expect(err(sloth.replace('- name: "search-availability"', '- nam: "search-availability"'))).toMatch(/^slo\.yaml:16: slos\[1\]/);
  });

  it('refuses the same SLO name twice across files', () => {
    const a = parseSloSpecs(openslo, 'a.yaml');
    const b = parseSloSpecs(openslo, 'b.yaml');
    expect(() => checkUniqueNames([...a, ...b])).toThrow(
      "b.yaml:5: name: expected a unique SLO name ('ledger-writes' is also defined in a.yaml:5)",
    );
  });
});
