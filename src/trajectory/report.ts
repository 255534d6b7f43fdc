/**
 * Renders a trajectory-golden run: plain text for the terminal, a markdown diff for the job
 * summary, JUnit XML (one test case per golden) via src/core/report.ts.
 */
import { junitXml, mdCell, mdTable, plural } from '../core/report.js';
import type { GoldenResult, StepReport } from './compare.js';
import { short as shortValue } from './matchers.js';
import type { RunReport } from './run.js';

const short = (v: unknown, max = 80): string => shortValue(v, max);

function callText(a: { action: string; action_input: Record<string, unknown> } | undefined): string {
  return a ? `${a.action} ${short(a.action_input)}` : '?';
}

/** One line per drift finding of a result (empty when it matches). */
export function driftLines(r: GoldenResult): string[] {
  if (r.compat) return r.match ? [] : [r.comment ?? 'agentevals: no match'];
  const out: string[] = [];
  for (const s of r.steps) {
    const where = `golden step ${s.golden_index} (${s.label}${s.line ? `, line ${s.line}` : ''})`;
    if (s.status === 'missing')
      out.push(`${where}: missing${s.actual_indices.length ? ` (matched ${s.actual_indices.length} of at least ${s.expected.min})` : ''}`);
    else if (s.status === 'arg_mismatch' && s.mismatch)
      out.push(
        `${where}: arg_mismatch at actual step ${s.mismatch.actual_index}: ${s.mismatch.path} expected ${s.mismatch.expected}, found ${short(s.mismatch.actual)}`,
      );
    else if (s.status === 'order_violation' && s.order_violation)
      out.push(`${where}: order_violation: matches actual step ${s.order_violation.actual_index}, out of order`);
  }
  for (const u of r.unexpected) out.push(`actual step ${u.actual_index}: unexpected_step ${callText(u)}`);
  if (r.final_answer && !r.final_answer.match)
    out.push(`final answer: expected ${r.final_answer.expected}, found ${short(r.final_answer.actual)}`);
  return out;
}

/** Terminal text. */
export function renderText(report: RunReport): string {
  const lines: string[] = [];
  for (const r of report.results) {
    lines.push(
      `${r.match ? 'MATCH' : 'DRIFT'}  ${r.id}  (${r.mode}${r.compat ? ', agentevals compat' : ''}; ${plural(r.actual.length, 'step')}, ${r.format})  ${r.golden} <> ${r.trajectory}`,
    );
    for (const d of driftLines(r)) lines.push(`  - ${d}`);
  }
  lines.push(
    `${report.summary.matched}/${report.summary.goldens} goldens match${report.match ? '' : ` — ${plural(report.summary.drifted, 'golden')} drifted`}`,
  );
  return lines.join('\n') + '\n';
}

function statusCell(s: StepReport): string {
  return { matched: '✅ matched', missing: '❌ missing', arg_mismatch: '❌ arg_mismatch', order_violation: '❌ order_violation' }[s.status];
}

/** A `diff` block: golden steps in order (` ` matched, `-` drift), then unexpected actual steps (`+`). */
function diffBlock(r: GoldenResult): string {
  const l: string[] = [];
  for (const s of r.steps) {
    const tag = s.status === 'matched' ? ' ' : '-';
    const at = s.actual_indices.length ? ` @ actual ${s.actual_indices.join(',')}` : '';
    l.push(`${tag} [${s.golden_index}] ${s.label}${at}${s.status === 'matched' ? '' : `  (${s.status})`}`);
    if (s.status === 'arg_mismatch' && s.mismatch)
      l.push(
        `+ [actual ${s.mismatch.actual_index}] ${callText(r.actual[s.mismatch.actual_index])}  (${s.mismatch.path}: expected ${s.mismatch.expected})`,
      );
    if (s.status === 'order_violation' && s.order_violation)
      l.push(`+ [actual ${s.order_violation.actual_index}] ${callText(r.actual[s.order_violation.actual_index])}  (out of order)`);
  }
  for (const u of r.unexpected) l.push(`+ [actual ${u.actual_index}] ${callText(u)}  (unexpected_step)`);
  return '```diff\n' + l.join('\n').replace(/```/g, "'''") + '\n```\n';
}

/** Markdown for the job summary. */
export function renderMarkdown(report: RunReport): string {
  const parts: string[] = [
    `## Trajectory goldens: ${report.match ? '✅ all match' : `❌ ${plural(report.summary.drifted, 'golden')} drifted`}\n`,
  ];
  parts.push(
    mdTable(
      ['golden', 'result', 'mode', 'trajectory', 'steps', 'drift'],
      report.results.map((r) => [
        r.id,
        r.match ? '✅ match' : '❌ drift',
        r.mode + (r.compat ? ' (agentevals)' : ''),
        `${r.trajectory} (${r.format})`,
        r.actual.length,
        driftLines(r).length,
      ]),
    ),
  );
  for (const r of report.results) {
    if (r.match) continue;
    parts.push(`\n### ❌ ${mdCell(r.id)}\n`);
    if (r.compat) {
      parts.push(`${mdCell(r.comment ?? 'no match')}\n`);
      continue;
    }
    parts.push(
      mdTable(
        ['#', 'golden step', 'status', 'actual', 'detail'],
        r.steps.map((s) => [
          s.golden_index,
          s.label,
          statusCell(s),
          s.actual_indices.join(', ') ||
            (s.order_violation ? String(s.order_violation.actual_index) : s.mismatch ? String(s.mismatch.actual_index) : '—'),
          s.mismatch
            ? `${s.mismatch.path}: expected ${s.mismatch.expected}, found ${short(s.mismatch.actual, 60)}`
            : s.order_violation
              ? 'out of order'
              : '',
        ]),
      ),
    );
    parts.push('\n' + diffBlock(r));
  }
  return parts.join('\n');
}

/** JUnit XML: one test case per golden, failure body = drift lines. */
export function renderJunit(report: RunReport): string {
  return junitXml([
    {
      name: 'trajectory-golden',
      cases: report.results.map((r) => ({
        name: r.id,
        classname: r.golden,
        failure: r.match
          ? undefined
          : { message: `${plural(driftLines(r).length, 'drift finding')} (${r.mode})`, body: driftLines(r).join('\n') },
      })),
    },
  ]);
}
