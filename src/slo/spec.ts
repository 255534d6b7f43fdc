/**
 * SLO specs in the formats people already write, read into one shape:
 * - OpenSLO v1 `kind: SLO` (https://github.com/OpenSLO/OpenSLO, v1: ratioMetric with Prometheus
 *   metric sources, a rolling `timeWindow`, the Occurrences budgeting method);
 * - Sloth `version: prometheus/v1` (https://sloth.dev/specs/prometheus: `sli.events`
 *   error_query/total_query, or `sli.raw` error_ratio_query).
 * Queries carry Sloth's `{{.window}}` template, replaced by each window a snapshot evaluates.
 * Every document is validated (src/core/schema.ts) against schemas/openslo-v1-slo.schema.json or
 * schemas/sloth-prometheus-v1.schema.json; an error names the file, the line and the field.
 */
import { InputError } from '../core/errors.js';
import { fieldName, validateWithSchema, type DocPath, type JsonSchema, type SchemaViolation } from '../core/schema.js';
import { lineOf, parseConfigText, type ParsedDocument } from '../config/parse.js';
import opensloSchema from '../../schemas/openslo-v1-slo.schema.json';
import slothSchema from '../../schemas/sloth-prometheus-v1.schema.json';

/** How the SLI of one SLO is measured: each query holds the `{{.window}}` template. */
export type SliQueries =
  /** bad events / total events (Sloth events, OpenSLO `bad`) */
  | { kind: 'errors'; errors: string; total: string }
  /** good events / total events (OpenSLO `good`) */
  | { kind: 'good'; good: string; total: string }
  /** a query that already returns the error ratio (Sloth raw) */
  | { kind: 'errorRatio'; errorRatio: string };

/** One SLO objective, ready to evaluate. */
export interface SloSpec {
  /** unique name: OpenSLO metadata.name (plus `:objective` when a document has several), Sloth `service-name` */
  name: string;
  service?: string;
  /** the spec file, as given */
  file: string;
  /** 1-based line of the SLO in its file */
  line?: number;
  format: 'openslo/v1' | 'sloth/prometheus/v1';
  /** target fraction of good events, 0 < objective < 1 (99.9% is 0.999) */
  objective: number;
  /** the SLO window as written (PromQL duration, e.g. `28d`) */
  window: string;
  /** the SLO window in seconds */
  windowSeconds: number;
  sli: SliQueries;
}

const WINDOW_TEMPLATE = /\{\{\s*\.window\s*\}\}/g;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/**
 * Seconds in a PromQL duration of one unit (`5m`, `30d`, `4w`).
 * @throws InputError when the text is not such a duration.
 */
export function durationSeconds(text: string, where = 'window'): number {
  const m = /^([1-9][0-9]*)([smhdw])$/.exec(text);
  if (!m) throw new InputError(undefined, where, 'a duration such as 5m, 6h, 28d or 4w', { found: JSON.stringify(text) });
  return Number(m[1]) * UNIT_SECONDS[m[2]];
}

/** A percentage as a fraction without binary noise (99.9 is 0.999, not 0.9990000000000001). */
function percent(p: number): number {
  return Number((p / 100).toPrecision(15));
}

/** Replaces `{{.window}}` in a query template with a PromQL duration. */
export function renderQuery(template: string, window: string): string {
  return template.replace(WINDOW_TEMPLATE, window);
}

function fieldText(path: DocPath): string {
  return fieldName(path) || '(document)';
}

/** The SLO formats' own wording for their "exactly one of" alternatives. */
function sloExpected(e: SchemaViolation): string | undefined {
  return e.keyword === 'oneOf' ? 'exactly one of the alternatives (e.g. good or bad; target or targetPercent; events or raw)' : undefined;
}

function requireTemplate(doc: ParsedDocument, path: (string | number)[], query: string): string {
  WINDOW_TEMPLATE.lastIndex = 0;
  if (!WINDOW_TEMPLATE.test(query)) {
    throw new InputError(
      doc.file,
      fieldText(path),
      'a PromQL query with the {{.window}} range template, e.g. sum(rate(http_requests_total[{{.window}}]))',
      {
        line: lineOf(doc, path),
      },
    );
  }
  return query;
}

interface OpenSloSource {
  metricSource: { spec: { query: string } };
}
interface OpenSloDoc {
  metadata: { name: string };
  spec: {
    service?: string;
    indicator: { spec: { ratioMetric: { good?: OpenSloSource; bad?: OpenSloSource; total: OpenSloSource } } };
    timeWindow: { duration: string }[];
    objectives: { displayName?: string; target?: number; targetPercent?: number }[];
  };
}
interface SlothDoc {
  service: string;
  slos: {
    name: string;
    objective: number;
    sli: { events?: { error_query: string; total_query: string }; raw?: { error_ratio_query: string } };
  }[];
}

function fromOpenSlo(doc: ParsedDocument): SloSpec[] {
  const d = doc.value as OpenSloDoc;
  const rm = d.spec.indicator.spec.ratioMetric;
  const base = ['spec', 'indicator', 'spec', 'ratioMetric'];
  const q = (which: 'good' | 'bad' | 'total') =>
    requireTemplate(doc, [...base, which, 'metricSource', 'spec', 'query'], rm[which]!.metricSource.spec.query);
  const sli: SliQueries = rm.good
    ? { kind: 'good', good: q('good'), total: q('total') }
    : { kind: 'errors', errors: q('bad'), total: q('total') };
  const window = d.spec.timeWindow[0].duration;
  const windowSeconds = durationSeconds(window, `${doc.file}: spec.timeWindow[0].duration`);
  const many = d.spec.objectives.length > 1;
  return d.spec.objectives.map((o, i) => ({
    name: many ? `${d.metadata.name}:${o.displayName ?? i}` : d.metadata.name,
    service: d.spec.service,
    file: doc.file,
    line: lineOf(doc, many ? ['spec', 'objectives', i] : ['metadata', 'name']),
    format: 'openslo/v1' as const,
    objective: o.target ?? percent(o.targetPercent as number),
    window,
    windowSeconds,
    sli,
  }));
}

function fromSloth(doc: ParsedDocument, slothWindow: string): SloSpec[] {
  const d = doc.value as SlothDoc;
  const windowSeconds = durationSeconds(slothWindow, 'Sloth SLO window');
  return d.slos.map((s, i) => {
    const p = ['slos', i, 'sli'];
    const sli: SliQueries = s.sli.events
      ? {
          kind: 'errors',
          errors: requireTemplate(doc, [...p, 'events', 'error_query'], s.sli.events.error_query),
          total: requireTemplate(doc, [...p, 'events', 'total_query'], s.sli.events.total_query),
        }
      : { kind: 'errorRatio', errorRatio: requireTemplate(doc, [...p, 'raw', 'error_ratio_query'], s.sli.raw!.error_ratio_query) };
    return {
      name: `${d.service}-${s.name}`,
      service: d.service,
      file: doc.file,
      line: lineOf(doc, ['slos', i]),
      format: 'sloth/prometheus/v1' as const,
      objective: percent(s.objective),
      window: slothWindow,
      windowSeconds,
      sli,
    };
  });
}

/**
 * Reads every SLO of one spec file (YAML or JSON; several documents allowed).
 * @param text the file's contents
 * @param file the name used in messages
 * @param opts.slothWindow the window of Sloth SLOs, which the Sloth spec leaves to the command line
 *   (Sloth's own default is 30d)
 * @throws InputError (exit 2) naming file, line and field: YAML errors, a document that is neither
 *   OpenSLO v1 `kind: SLO` nor Sloth `prometheus/v1`, schema violations (unknown keys included), a
 *   query without the `{{.window}}` template.
 */
export function parseSloSpecs(text: string, file: string, opts: { slothWindow?: string } = {}): SloSpec[] {
  const out: SloSpec[] = [];
  const docs = parseConfigText(text, file);
  if (!docs.length) throw new InputError(file, undefined, 'at least one SLO document', { found: 'an empty file' });
  for (const doc of docs) {
    const v = doc.value as Record<string, unknown>;
    if (!v || typeof v !== 'object' || Array.isArray(v))
      throw new InputError(file, `document ${doc.index}`, 'a mapping (an SLO document)', { line: lineOf(doc, []) });
    if (v.apiVersion === 'openslo/v1') {
      if (v.kind !== 'SLO')
        throw new InputError(file, 'kind', 'SLO (other OpenSLO kinds are not evaluated; inline the SLI into the SLO)', {
          line: lineOf(doc, ['kind']),
          found: JSON.stringify(v.kind),
        });
      validateWithSchema(opensloSchema as JsonSchema, v, file, {
        what: 'OpenSLO v1 SLO',
        lineOf: (p) => lineOf(doc, p),
        expected: sloExpected,
      });
      out.push(...fromOpenSlo(doc));
    } else if (v.version === 'prometheus/v1') {
      validateWithSchema(slothSchema as JsonSchema, v, file, {
        what: 'Sloth prometheus/v1',
        lineOf: (p) => lineOf(doc, p),
        expected: sloExpected,
      });
      out.push(...fromSloth(doc, opts.slothWindow ?? '30d'));
    } else {
      throw new InputError(
        file,
        `document ${doc.index}`,
        'an OpenSLO v1 SLO (apiVersion: openslo/v1, kind: SLO) or a Sloth spec (version: prometheus/v1)',
        { line: lineOf(doc, []) },
      );
    }
  }
  return out;
}

/**
 * Checks that SLO names are unique across files (reports and budget ledgers are keyed by name).
 * @throws InputError naming both places.
 */
export function checkUniqueNames(specs: SloSpec[]): void {
  const seen = new Map<string, SloSpec>();
  for (const s of specs) {
    const prev = seen.get(s.name);
    if (prev)
      throw new InputError(
        s.file,
        'name',
        `a unique SLO name ('${s.name}' is also defined in ${prev.file}${prev.line ? `:${prev.line}` : ''})`,
        { line: s.line },
      );
    seen.set(s.name, s);
  }
}
