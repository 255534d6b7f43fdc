/**
 * `mc evidence view PACKDIR --out report.html`: a self-contained HTML view of a pack that verifies
 * itself in the browser (src/evidence/view.ts). The pack is verified here first, and only files that
 * verified inside the root are read and embedded. Exit 0 when the pack verified, 1 when the view was
 * written for a pack that failed (the page shows why), 2 for unusable input.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ExitCode, UsageError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fsx.js';
import { trustedKeys } from '../../evidence/options.js';
import { JWKS_FILE, PACK_FILE } from '../../evidence/pack.js';
import { verifyPack } from '../../evidence/verify.js';
import { collectViewData, renderViewHtml } from '../../evidence/view.js';
import { parseCliArgs, type CliCommand } from '../cli.js';

export const viewCmd: CliCommand = {
  name: 'evidence view',
  summary: 'write a self-contained HTML view of a pack that verifies itself in the browser (WebCrypto)',
  usage: 'mc evidence view PACKDIR --out REPORT.html [--root DIR] [--jwks FILE]',
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(argv, { out: { type: 'string' }, root: { type: 'string' }, jwks: { type: 'string' } }, this.usage);
    if (positionals.length !== 1 || !values.out) throw new UsageError(`expected one PACKDIR and --out\nusage: ${this.usage}`);
    const packDir = resolve(io.cwd, positionals[0]);
    const jwksFile = values.jwks ? resolve(io.cwd, values.jwks) : join(packDir, JWKS_FILE);
    const { keys, trust } = await trustedKeys(packDir, values.jwks && jwksFile);
    const root = values.root ? resolve(io.cwd, values.root) : io.cwd;
    const report = await verifyPack({ packDir, root, cwd: io.cwd, trusted: keys, trust });
    const data = await collectViewData({
      packFile: relative(io.cwd, join(packDir, PACK_FILE)) || PACK_FILE,
      packText: await readFile(join(packDir, PACK_FILE), 'utf8'),
      jwksText: await readFile(jwksFile, 'utf8'),
      jwksSource: trust === 'given-jwks' ? `the given JWKS (${values.jwks})` : "the pack's own jwks.json (integrity only: give the trusted JWKS with --jwks)",
      report,
      root,
      generatedBy: 'mc evidence view',
    });
    const out = resolve(io.cwd, values.out);
    await writeFileAtomic(out, renderViewHtml(data), { noClobber: true });
    io.stdout(`evidence view: ${values.out} (${report.verdict}; ${data.files.length} files embedded, ${data.notEmbedded.length} not embedded)\n`);
    return report.verdict === 'verified' ? ExitCode.Pass : ExitCode.Fail;
  },
};
