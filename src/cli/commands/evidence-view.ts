/**
 * `mc evidence view PACKDIR --out report.html`: a self-contained HTML view of a pack that verifies
 * itself in the browser (src/evidence/view.ts). The pack is verified here first, and only files that
 * verified inside the root are read and embedded. Exit 0 when the pack verified, 1 when the view was
 * written for a pack that failed (the page shows why), 2 for unusable input.
 */
import { resolve } from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fsx.js';
import { buildEvidenceView } from '../../evidence/view.js';
import { parseCliArgs, type CliCommand } from '../cli.js';

export const viewCmd: CliCommand = {
  name: 'evidence view',
  summary: 'write a self-contained HTML view of a pack that verifies itself in the browser (WebCrypto)',
  usage: 'mc evidence view PACKDIR --out REPORT.html [--root DIR] [--jwks FILE]',
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(
      argv,
      { out: { type: 'string' }, root: { type: 'string' }, jwks: { type: 'string' } },
      this.usage,
    );
    if (positionals.length !== 1 || !values.out) throw new UsageError(`expected one PACKDIR and --out\nusage: ${this.usage}`);
    const { html, report, data } = await buildEvidenceView({
      packDir: resolve(io.cwd, positionals[0]),
      root: values.root ? resolve(io.cwd, values.root) : io.cwd,
      cwd: io.cwd,
      jwks: values.jwks ? resolve(io.cwd, values.jwks) : undefined,
      jwksLabel: values.jwks,
      generatedBy: 'mc evidence view',
    });
    await writeFileAtomic(resolve(io.cwd, values.out), html, { noClobber: true });
    io.stdout(
      `evidence view: ${values.out} (${report.verdict}; ${data.files.length} files embedded, ${data.notEmbedded.length} not embedded)\n`,
    );
    return report.verdict === 'verified' ? ExitCode.Pass : ExitCode.Fail;
  },
};
