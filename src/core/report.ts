/**
 * Report helpers shared by every gate: markdown tables for job summaries, JUnit XML
 * (the de-facto schema of Ant/Surefire, as read by GitHub test reporters), XML escaping.
 */

/** Escapes text for a markdown table cell (pipes, newlines, backticks kept literal). */
export function mdCell(text: unknown): string {
  return String(text ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

/** A GitHub-flavoured markdown table. */
export function mdTable(headers: string[], rows: unknown[][]): string {
  const head = `| ${headers.map(mdCell).join(' | ')} |`;
  const sep = `| ${headers.map(() => '---').join(' | ')} |`;
  return [head, sep, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n') + '\n';
}

/** Escapes text for XML attribute values and character data. */
export function xmlEscape(text: unknown): string {
  return (
    String(text ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** One JUnit test case. Time in seconds. */
export interface JunitCase {
  name: string;
  classname: string;
  time?: number;
  failure?: { message: string; body?: string };
  error?: { message: string; body?: string };
  skipped?: string;
}

/** One JUnit test suite. */
export interface JunitSuite {
  name: string;
  cases: JunitCase[];
}

/** Renders JUnit XML (`<testsuites>` root) for test reporters. */
export function junitXml(suites: JunitSuite[]): string {
  const count = (s: JunitSuite, k: 'failure' | 'error' | 'skipped') => s.cases.filter((c) => c[k] !== undefined).length;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const all = suites.flatMap((s) => s.cases);
  lines.push(
    `<testsuites tests="${all.length}" failures="${all.filter((c) => c.failure).length}" errors="${all.filter((c) => c.error).length}">`,
  );
  for (const s of suites) {
    lines.push(
      `  <testsuite name="${xmlEscape(s.name)}" tests="${s.cases.length}" failures="${count(s, 'failure')}" errors="${count(s, 'error')}" skipped="${count(s, 'skipped')}">`,
    );
    for (const c of s.cases) {
      const attrs = `name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}"${c.time !== undefined ? ` time="${c.time.toFixed(3)}"` : ''}`;
      const inner: string[] = [];
      if (c.failure) inner.push(`      <failure message="${xmlEscape(c.failure.message)}">${xmlEscape(c.failure.body ?? '')}</failure>`);
      if (c.error) inner.push(`      <error message="${xmlEscape(c.error.message)}">${xmlEscape(c.error.body ?? '')}</error>`);
      if (c.skipped !== undefined) inner.push(`      <skipped message="${xmlEscape(c.skipped)}"/>`);
      lines.push(inner.length ? `    <testcase ${attrs}>\n${inner.join('\n')}\n    </testcase>` : `    <testcase ${attrs}/>`);
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}

/** Formats a count with its noun, pluralized naively ("1 file", "3 files"). */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
