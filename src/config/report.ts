/**
 * Renderings of a DriftReport: plain text (CLI), markdown (job summary and the sticky PR
 * comment) and annotations on changed lines. Values are shown as compact JSON, shortened;
 * Secret values never reach a report (they are digests from normalization).
 */
import { jsonText } from '../core/jcs.js';
import { mdCell, mdTable, plural } from '../core/report.js';
import type { DriftReport, ReportedChange, ResourceReport } from './attest.js';

/** Longest value shown in text and markdown (characters); the JSON report keeps full values. */
const MAX_SHOWN = 120;

/** Compact JSON of a value, shortened for display. `(absent)` for undefined. */
export function showValue(v: unknown): string {
  if (v === undefined) return '(absent)';
  const s = jsonText(v);
  return s.length > MAX_SHOWN ? s.slice(0, MAX_SHOWN - 1) + '…' : s;
}

function describe(c: ReportedChange): string {
  c = { ...c, path: c.path || '(whole document)' };
  const type = c.typeChange ? ` (type ${c.typeChange.baseline} → ${c.typeChange.current})` : '';
  if (c.op === '+') return `+ ${c.path}: ${showValue(c.current)}`;
  if (c.op === '-') return `- ${c.path}: ${showValue(c.baseline)}`;
  return `~ ${c.path}: ${showValue(c.baseline)} → ${showValue(c.current)}${type}`;
}

function resourceHead(r: ResourceReport): string {
  return r.status === 'added'
    ? `+ ${r.id} (${r.file}) added`
    : r.status === 'removed'
      ? `- ${r.id} (${r.file}) removed`
      : `${r.id} (${r.file})`;
}

/** Human-readable text for the CLI. */
export function formatText(rep: DriftReport): string {
  const lines = [
    `${rep.title}: environment ${rep.environment}, baseline ${rep.baseline.file} (commit ${rep.baseline.commit || 'unknown'}, signed by ${rep.baseline.keyids.join(', ')})`,
  ];
  const c = rep.counts;
  lines.push(
    `${plural(c.resources, 'resource')}: ${c.changed} changed, ${c.added} added, ${c.removed} removed; ${plural(c.changes, 'counted change')}, ${c.ignored} ignored`,
  );
  for (const r of rep.resources) {
    lines.push(`  ${resourceHead(r)}`);
    for (const ch of r.changes) lines.push(`    ${describe(ch)}${ch.ignoredBy ? `  [ignored: ${ch.ignoredBy}]` : ''}`);
  }
  if (rep.formattingOnly.length) lines.push(`formatting only (passes): ${rep.formattingOnly.join(', ')}`);
  if (rep.approval) lines.push(`approved by ${rep.approval.actor} in ${rep.approval.run}`);
  return lines.join('\n') + '\n';
}

/** Largest number of table rows in markdown (a PR comment holds at most 65536 characters). */
const MAX_ROWS = 150;

/** A value as a markdown code span (plain text when it contains a backtick). */
function code(text: string): string {
  return text.includes('`') ? text : `\`${text}\``;
}

/** Markdown for the job summary and PR comment (at most MAX_ROWS change rows; the JSON report has all). */
export function formatMarkdown(rep: DriftReport): string {
  const icon = rep.status === 'drift' ? '❌' : rep.status === 'drift-approved' ? '⚠️' : '✅';
  const c = rep.counts;
  const out = [
    `### ${icon} config-attest: ${rep.title} (${mdCell(rep.environment)})`,
    '',
    `Baseline \`${mdCell(rep.baseline.file)}\`, commit \`${rep.baseline.commit || 'unknown'}\`, signed by \`${rep.baseline.keyids.join('`, `')}\`.`,
    `${plural(c.resources, 'resource')}: ${c.changed} changed, ${c.added} added, ${c.removed} removed; **${plural(c.changes, 'counted change')}**, ${c.ignored} ignored by noise rules.`,
    '',
  ];
  if (rep.approval) out.push(`Drift approved (change-approved) by **${mdCell(rep.approval.actor)}** in ${mdCell(rep.approval.run)}.`, '');
  const rows: unknown[][] = [];
  for (const r of rep.resources) {
    if (r.status === 'added' || r.status === 'removed')
      rows.push([code(r.id), r.file, r.status === 'added' ? '+' : '-', '(whole resource)', '', '']);
    for (const ch of r.changes) {
      rows.push([
        code(r.id),
        `${r.file}${ch.line ? `:${ch.line}` : ''}`,
        ch.op + (ch.ignoredBy ? ' (ignored)' : ''),
        code(ch.path),
        ch.op === '+' ? '' : code(showValue(ch.baseline)),
        ch.op === '-' ? '' : code(showValue(ch.current)) + (ch.typeChange ? ` (${ch.typeChange.baseline} → ${ch.typeChange.current})` : ''),
      ]);
    }
  }
  if (rows.length) out.push(mdTable(['resource', 'file', 'op', 'path', 'baseline', 'current'], rows.slice(0, MAX_ROWS)));
  if (rows.length > MAX_ROWS) out.push(`… and ${rows.length - MAX_ROWS} more rows in the JSON report.`, '');
  if (rep.formattingOnly.length) out.push(`Formatting only (passes): ${rep.formattingOnly.map((f) => `\`${mdCell(f)}\``).join(', ')}`, '');
  return out.join('\n') + '\n';
}

/** An annotation on a changed line. */
export interface ChangeAnnotation {
  file: string;
  line?: number;
  title: string;
  message: string;
}

/** Annotations for counted changes (ignored ones are not annotated), at most `limit`. */
export function changeAnnotations(rep: DriftReport, limit = 50): ChangeAnnotation[] {
  const out: ChangeAnnotation[] = [];
  for (const r of rep.resources) {
    if (r.status === 'added' || r.status === 'removed')
      out.push({ file: r.file, line: r.line, title: `config drift: ${r.id}`, message: `resource ${r.status}` });
    for (const ch of r.changes)
      if (!ch.ignoredBy) out.push({ file: r.file, line: ch.line, title: `config drift: ${r.id}`, message: describe(ch) });
  }
  return out.slice(0, limit);
}
