/**
 * Rendering verdicts: a readable text report (CLI), a markdown job summary with a per-step table
 * (links found, signatures, threshold, rules, inspections), and the JSON verdict document.
 */
import { mdTable, plural } from '../core/report.js';
import type { AttestationResult } from './attestation.js';
import type { ItemResult, VerifyResult } from './verify.js';

function linksCell(r: ItemResult): string {
  if (r.kind === 'inspection') return '-';
  return r.links.length ? r.links.map((l) => l.file).join(', ') : 'none';
}

function sigCell(r: ItemResult): string {
  if (r.kind === 'inspection') return '-';
  const bad = r.links.filter((l) => l.status !== 'valid');
  return `${r.validLinks} valid${bad.length ? `, ${bad.length} rejected (${bad.map((l) => `${l.file}: ${l.status}`).join('; ')})` : ''}`;
}

function statusCell(r: ItemResult): string {
  return r.status === 'pass' ? 'pass' : r.status === 'fail' ? '**FAIL**' : 'not reached';
}

function rows(result: VerifyResult, prefix = ''): unknown[][] {
  const out: unknown[][] = [];
  for (const r of [...result.steps, ...result.inspections]) {
    out.push([
      prefix + r.name,
      r.kind === 'step' ? (r.sublayout ? 'step (sublayout)' : 'step') : 'inspection',
      linksCell(r),
      sigCell(r),
      r.kind === 'step' ? `${r.validLinks}/${r.threshold}` : '-',
      `${r.rules.materials} materials, ${r.rules.products} products`,
      r.kind === 'inspection'
        ? `\`${(r.run?.command ?? []).join(' ')}\` → ${r.run?.returnValue ?? 'not run'}${r.run?.materials !== undefined ? ` (recorded ${r.run.materials} materials, ${r.run.products} products)` : ''}`
        : r.commandAligned === false
          ? 'command differs (warning)'
          : '-',
      statusCell(r),
    ]);
    if (r.sublayout) out.push(...rows(r.sublayout, `${prefix}${r.name}/`));
  }
  return out;
}

/** Markdown job summary for a layout verification. */
export function verifyMarkdown(result: VerifyResult): string {
  const head = result.passed
    ? `### in-toto verification passed\n\nLayout \`${result.layout.source}\` (expires ${result.layout.expires}), signed by ${plural(result.layout.keyids.length, 'layout key')}.\n`
    : `### in-toto verification FAILED\n\n> [!CAUTION]\n> **${result.failure?.check}**${result.failure?.step ? ` in \`${result.failure.step}\`` : ''}: ${result.failure?.message}\n`;
  const table = mdTable(
    ['step', 'kind', 'links found', 'signatures', 'threshold', 'rules', 'inspection / command', 'result'],
    rows(result),
  );
  const warn = result.warnings.length ? `\n**Warnings**\n\n${result.warnings.map((w) => `- ${w}`).join('\n')}\n` : '';
  return `${head}\n${table}${warn}`;
}

/** Plain-text report for the CLI. */
export function verifyText(result: VerifyResult, verbose = false): string {
  const lines: string[] = [];
  const walk = (r: VerifyResult, prefix: string) => {
    for (const s of [...r.steps, ...r.inspections]) {
      const detail = s.kind === 'step' ? `links ${s.validLinks}/${s.threshold}` : `exit ${s.run?.returnValue ?? '-'}`;
      lines.push(`  ${statusCell(s).replace(/\*/g, '').padEnd(11)} ${s.kind.padEnd(10)} ${prefix}${s.name}  (${detail})`);
      if (verbose) for (const l of s.links.filter((x) => x.status !== 'valid')) lines.push(`              rejected ${l.file}: ${l.reason}`);
      if (s.sublayout) walk(s.sublayout, `${prefix}${s.name}/`);
    }
  };
  walk(result, '');
  const warn = result.warnings.map((w) => `warning: ${w}`);
  if (result.passed) return [...warn, `in-toto verification passed: ${result.layout.source}`, ...lines].join('\n') + '\n';
  const f = result.failure!;
  return (
    [
      ...warn,
      `in-toto verification FAILED: ${f.check}${f.step ? ` in ${f.step}` : ''}`,
      `  ${f.message}`,
      ...(f.rule ? [`  rule: ${f.ruleList}[${f.ruleIndex}] ${f.rule.join(' ')}`] : []),
      ...(f.artifacts.length ? [`  artifacts: ${f.artifacts.join(', ')}`] : []),
      ...lines,
    ].join('\n') + '\n'
  );
}

/** The JSON verdict document (stable field order, no key material). */
export function verifyJson(result: VerifyResult): string {
  return JSON.stringify({ tool: 'mc intoto verify', ...result }, (k, v) => (v instanceof Uint8Array ? undefined : v), 2) + '\n';
}

/** Markdown job summary for attestation verification. */
export function attestationMarkdown(results: AttestationResult[]): string {
  return results
    .map((r) => {
      const head = r.passed
        ? `### Attestation verified: \`${r.envelope}\`\n`
        : `### Attestation FAILED: \`${r.envelope}\`\n\n> [!CAUTION]\n> ${r.failure}\n`;
      return `${head}\n${mdTable(
        ['check', 'result', 'expected', 'found'],
        r.checks.map((c) => [c.check, c.ok ? 'pass' : '**FAIL**', c.expected ?? '', c.found ?? '']),
      )}`;
    })
    .join('\n');
}

/** Plain-text report for attestation verification. */
export function attestationText(r: AttestationResult): string {
  const lines = r.checks.map((c) => `  ${c.ok ? 'pass' : 'FAIL'}  ${c.check}: ${c.message}`);
  return [`attestation ${r.passed ? 'verified' : 'FAILED'}: ${r.envelope}${r.passed ? '' : ` (${r.failure})`}`, ...lines].join('\n') + '\n';
}
