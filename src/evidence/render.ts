/**
 * Human renderings of evidence reports: markdown for job summaries, plain text for terminals.
 */
import { printable } from '../core/errors.js';
import { mdTable } from '../core/report.js';
import type { VerifyReport } from './verify.js';

const short = (h: string) => (h.length > 16 ? `${h.slice(0, 12)}…` : h);

/** Markdown for the job summary. */
export function verifyMarkdown(r: VerifyReport): string {
  const icon = r.verdict === 'verified' ? '✅' : '❌';
  const out: string[] = [`### ${icon} Evidence ${r.kind === 'disclosure' ? 'disclosure ' : ''}${r.verdict}`, ''];
  if (r.release) {
    out.push(
      mdTable(
        ['release', 'version', 'commit', 'created'],
        [[r.release.name, r.release.version, r.release.commit ?? '', r.release.createdAt]],
      ),
    );
  }
  if (r.trust === 'pack-jwks')
    out.push(
      "> [!WARNING]\n> Keys were taken from the pack's own `jwks.json`: this proves integrity, not who signed. Pass a trusted JWKS.\n",
    );
  out.push(`**Signatures:** ${r.threshold.valid} of ${r.threshold.required} required trusted keys\n`);
  out.push(
    mdTable(
      ['keyid', 'status'],
      r.signatures.map((s) => [s.keyid ?? '(none)', s.status]),
    ),
  );
  const ds = r.disclosureSignatures;
  if (ds) {
    out.push(`**Disclosure statement signatures:** ${ds.threshold.valid} of ${ds.threshold.required} required trusted keys\n`);
    out.push(
      mdTable(
        ['keyid', 'status'],
        ds.signatures.map((s) => [s.keyid ?? '(none)', s.status]),
      ),
    );
  }
  const f = r.files;
  out.push(
    mdTable(
      ['ok', 'missing', 'mismatched', 'unexpected', 'refused'],
      [[f.ok.length, f.missing.length, f.mismatched.length, f.unexpected.length, f.refused.length]],
    ),
  );
  const rows: string[][] = [
    ...f.missing.map((p) => ['missing', p, '']),
    ...f.mismatched.map((m) => [
      'mismatched',
      m.path,
      `sha256 ${short(m.expected)} → ${short(m.actual)}, ${m.expectedSize ?? '?'} → ${m.actualSize} bytes`,
    ]),
    ...f.unexpected.map((p) => ['unexpected', p, '']),
    ...f.refused.map((x) => ['refused', x.path, x.reason]),
  ];
  if (rows.length) out.push(mdTable(['bucket', 'file', 'detail'], rows));
  if (r.policy) out.push(`**Policy:** ${r.policy.ok ? 'satisfied' : r.policy.problems.join('; ')}\n`);
  if (r.problems.length) out.push('**Problems:**\n' + r.problems.map((p) => `- ${p}`).join('\n') + '\n');
  return out.join('\n');
}

/** A few lines for a terminal. */
export function verifyText(r: VerifyReport): string {
  const f = r.files;
  const lines = [
    `${r.verdict === 'verified' ? 'VERIFIED' : 'FAILED'}: ${r.kind} ${r.pack}`,
    r.release ? `release ${r.release.name} ${r.release.version} (${r.release.createdAt})` : 'release: unknown',
    `signatures: ${r.threshold.valid}/${r.threshold.required} trusted keys; ${r.signatures.map((s) => `${s.keyid ?? '(none)'}=${s.status}`).join(', ')}`,
    ...(r.disclosureSignatures
      ? [
          `disclosure statement signatures: ${r.disclosureSignatures.threshold.valid}/${r.disclosureSignatures.threshold.required} trusted keys; ${r.disclosureSignatures.signatures.map((s) => `${s.keyid ?? '(none)'}=${s.status}`).join(', ')}`,
        ]
      : []),
    ...(r.disclosure
      ? [
          `disclosure: region ${r.disclosure.region}${r.disclosure.tenant !== undefined ? ` tenant ${r.disclosure.tenant}` : ''}, ${r.disclosure.entries} entries`,
        ]
      : []),
    `files: ${f.ok.length} ok, ${f.missing.length} missing, ${f.mismatched.length} mismatched, ${f.unexpected.length} unexpected, ${f.refused.length} refused`,
  ];
  if (r.trust === 'pack-jwks')
    lines.push("warning: keys taken from the pack's own jwks.json (integrity only); pass --jwks with trusted keys");
  for (const p of r.problems) lines.push(`  - ${p}`);
  // names and paths come from the pack: one line each, whatever they hold (no forged lines or workflow commands)
  return lines.map(printable).join('\n') + '\n';
}
