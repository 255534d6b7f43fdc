/**
 * What the opa-sim gate leaves behind: a decision log (JSON Lines, in the spirit of OPA's
 * decision log events), a SARIF 2.1.0 log for code scanning, JUnit XML, a markdown job summary,
 * annotations on the input's file and line, and a plain-text listing for the terminal.
 */
import { junitXml, mdTable, plural, type JunitSuite } from '../core/report.js';
import type { DecisionRecord, GateReport, Reason } from './gate.js';

/** Version recorded in decision logs and SARIF (`tool.driver.version`). */
export const OPA_SIM_VERSION = '0.1.0';

/**
 * One decision log event per decision, as a JSON Lines text. Fields follow OPA's decision log
 * (docs "Decision Logs": decision_id, path, result, timestamp, labels) except that the input is
 * recorded by digest (`input_sha256`, RFC 8785 + SHA-256) rather than in full, and the gate's
 * verdict (`outcome`, `allowed`, `reasons`, `source`, `policy_sha256`) is added.
 */
export function decisionLog(report: GateReport): string {
  return report.decisions
    .map((d) =>
      JSON.stringify({
        decision_id: d.decisionId,
        path: d.path,
        input_sha256: d.inputSha256,
        result: d.result ?? null,
        outcome: d.outcome,
        allowed: d.allowed,
        reasons: d.reasons.map(plainReason),
        ...(d.warnings.length ? { warnings: d.warnings.map(plainReason) } : {}),
        ...(d.excepted?.length ? { excepted: d.excepted.map(plainReason) } : {}),
        ...(d.errors ? { errors: d.errors } : {}),
        source: `${d.source.file}:${d.source.line}`,
        policy_sha256: report.policy.sha256,
        data_sha256: report.dataSha256,
        timestamp: d.timestamp,
        labels: { app: 'mc-opa-sim', version: OPA_SIM_VERSION },
      }),
    )
    .map((l) => l + '\n')
    .join('');
}

function plainReason(r: Reason): { rule: string; message: string; details?: unknown } {
  return r.details === undefined ? { rule: r.rule, message: r.message } : { rule: r.rule, message: r.message, details: r.details };
}

/** The SARIF rule id of a reason: `<policy>/<reason>` when the policy names them, else the rule. */
export function sarifRuleId(r: Reason): string {
  const d = r.details as Record<string, unknown> | undefined;
  if (d && typeof d === 'object') {
    const code = typeof d.reason === 'string' ? d.reason : typeof d.check === 'string' ? d.check : undefined;
    if (code && /^[A-Za-z0-9_.-]+$/.test(code)) {
      const policy = typeof d.policy === 'string' ? d.policy : r.rule.replace(/^data\./, '');
      return `${policy}/${code}`;
    }
    if (typeof d.code === 'string' && /^(rego|eval)_/.test(d.code)) return `opa-sim/${d.code}`;
  }
  return r.rule.replace(/^data\./, '');
}

function labelOf(d: DecisionRecord): string {
  return d.outcome === 'allow' ? 'ALLOW' : d.outcome === 'deny' ? 'DENY' : d.outcome === 'undefined' ? 'DENY (undefined)' : 'ERROR';
}

/**
 * A SARIF 2.1.0 log (OASIS SARIF v2.1.0, sections 3.13 sarifLog, 3.14 run, 3.19 tool, 3.27 result,
 * 3.28 location): one result per deny reason (level `error`) and per warning (level `warning`),
 * located at the input's file and line; one reportingDescriptor per rule id.
 */
export function sarifLog(report: GateReport): object {
  const rules: { id: string; name: string; shortDescription: { text: string }; helpUri?: string }[] = [];
  const index = new Map<string, number>();
  const ruleIndex = (id: string, text: string) => {
    if (!index.has(id)) {
      index.set(id, rules.length);
      rules.push({
        id,
        name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
        shortDescription: { text },
      });
    }
    return index.get(id)!;
  };
  const results: object[] = [];
  for (const d of report.decisions) {
    const location = {
      physicalLocation: {
        artifactLocation: { uri: d.source.file.split('/').map(encodeURIComponent).join('/') },
        region: { startLine: Math.max(1, d.source.line) },
      },
    };
    const push = (r: Reason, level: 'error' | 'warning') => {
      const id = sarifRuleId(r);
      results.push({
        ruleId: id,
        ruleIndex: ruleIndex(id, `Policy ${r.rule}: ${id}`),
        level,
        message: { text: `${labelOf(d)}: ${r.message}` },
        locations: [location],
        partialFingerprints: { 'opaSimInput/v1': `${d.inputSha256}:${id}` },
        properties: { decisionId: d.decisionId, outcome: d.outcome, rule: r.rule },
      });
    };
    if (!d.allowed) for (const r of d.reasons) push(r, 'error');
    for (const w of d.warnings) push(w, 'warning');
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mc opa-sim',
            version: OPA_SIM_VERSION,
            informationUri: 'https://www.openpolicyagent.org/docs/policy-language',
            rules,
          },
        },
        invocations: [{ executionSuccessful: report.summary.errors === 0 }],
        results,
      },
    ],
  };
}

/** JUnit XML: one test suite for the decision (or namespaces), one test case per input. */
export function junitReport(report: GateReport): string {
  const suite: JunitSuite = {
    name: `opa-sim ${report.decision ?? (report.namespaces ?? []).join(',')}`,
    cases: report.decisions.map((d) => {
      const body = d.reasons.map((r) => `${r.rule}: ${r.message}`).join('\n');
      const c = { name: `${d.source.file}:${d.source.line}`, classname: `opa-sim.${d.path.replace(/[/,]/g, '.')}` };
      if (d.outcome === 'error') return { ...c, error: { message: d.reasons[0]?.message ?? 'evaluation error', body } };
      if (!d.allowed) return { ...c, failure: { message: d.reasons[0]?.message ?? 'denied', body } };
      return c;
    }),
  };
  return junitXml([suite]);
}

/** Markdown for the job summary: the verdict, counts, and one row per input. */
export function summaryMarkdown(report: GateReport, maxRows = 200): string {
  const s = report.summary;
  const head = report.passed ? '### opa-sim: passed' : report.exitCode === 2 ? '### opa-sim: error (fail closed)' : '### opa-sim: denied';
  const what =
    report.mode === 'decision' ? `decision \`${report.decision}\`` : `namespaces \`${(report.namespaces ?? []).join(', ')}\` (conftest)`;
  const rows = report.decisions
    .slice(0, maxRows)
    .map((d) => [
      `${d.source.file}:${d.source.line}`,
      labelOf(d),
      [...d.reasons.map((r) => r.message), ...d.warnings.map((w) => `warn: ${w.message}`)].join('\n') || (d.allowed ? '' : 'denied'),
    ]);
  const more = report.decisions.length > maxRows ? `\n_${report.decisions.length - maxRows} more in the decision log._\n` : '';
  return (
    `${head}\n\n${what} over ${plural(s.inputs, 'input')}: ${s.allowed} allowed, ${s.denied} denied, ${s.undefined} undefined, ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}.\n\n` +
    mdTable(['input', 'decision', 'reasons'], rows) +
    more
  );
}

/** An annotation on an input's file and line (mirrors the action runtime's Annotation). */
export interface GateAnnotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file: string;
  line: number;
}

/** One annotation per denied or errored input (all its reasons) and per warned input. */
export function annotations(report: GateReport, max = 50): GateAnnotation[] {
  const out: GateAnnotation[] = [];
  for (const d of report.decisions) {
    if (!d.allowed)
      out.push({
        level: 'error',
        title: `opa-sim: ${labelOf(d)}`,
        message: d.reasons.map((r) => r.message).join('\n') || 'denied',
        file: d.source.file,
        line: d.source.line,
      });
    if (d.warnings.length)
      out.push({
        level: 'warning',
        title: 'opa-sim: warning',
        message: d.warnings.map((w) => w.message).join('\n'),
        file: d.source.file,
        line: d.source.line,
      });
    if (out.length >= max) break;
  }
  return out;
}

/** Plain text for the terminal: one line per input, its reasons indented, then the verdict. */
export function textReport(report: GateReport): string {
  const lines: string[] = [];
  for (const d of report.decisions) {
    lines.push(`${labelOf(d).padEnd(16)} ${d.source.file}:${d.source.line}`);
    for (const r of d.allowed ? [] : d.reasons) lines.push(`    ${r.rule}: ${r.message}`);
    for (const w of d.warnings) lines.push(`    warn ${w.rule}: ${w.message}`);
    for (const x of d.excepted ?? []) lines.push(`    excepted ${x.rule}: ${x.message}`);
  }
  const s = report.summary;
  lines.push(
    `opa-sim: ${report.passed ? 'PASSED' : report.exitCode === 2 ? 'ERROR' : 'DENIED'}: ${plural(s.inputs, 'input')}, ${s.allowed} allowed, ${s.denied} denied, ${s.undefined} undefined, ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`,
  );
  return lines.join('\n') + '\n';
}
