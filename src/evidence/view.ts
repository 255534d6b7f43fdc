/**
 * `evidence view`: one self-contained static HTML file that shows a pack to people and verifies it
 * in their browser (see view-page.ts): no server, no network, no external script, style or font, and
 * a strict Content-Security-Policy (`default-src 'none'`, the page's own script and style by sha256).
 *
 * What is embedded: the pack file (both lines as written), the JWKS, and the contents of the packed
 * files the page renders (JSON, JSONL, SARIF, XML and text up to a size; others are listed and can be
 * dropped on the page to be checked). Files are read only after the CLI-side verification has checked
 * the signature and found them `ok` inside the root (verify never touches a path before the signature).
 */
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { readFileInside, readText } from '../core/fsx.js';
import { trustedKeys } from './options.js';
import { JWKS_FILE, PACK_FILE } from './pack.js';
import { evidenceViewPage } from './view-page.js';
import { verifyPack, type VerifyReport } from './verify.js';

/** Limits on what is embedded. */
export interface ViewLimits {
  /** largest file embedded, bytes (default 4 MiB) */
  maxFileBytes: number;
  /** most bytes embedded in all (default 64 MiB) */
  maxTotalBytes: number;
}

export const DEFAULT_VIEW_LIMITS: ViewLimits = { maxFileBytes: 4 << 20, maxTotalBytes: 64 << 20 };

/** The data island of the page (what view-page.ts reads). */
export interface ViewData {
  packFile: string;
  lines: string[];
  jwks: unknown;
  /** where the keys came from, as shown to the reader */
  jwksSource: string;
  files: { path: string; text?: string; base64?: string }[];
  notEmbedded: string[];
  generatedBy: string;
}

const EMBEDDABLE = /\.(json|jsonl|sarif|xml|txt|md|ya?ml|csv|log)$/i;

/**
 * Collects what the page embeds.
 * @param packText the pack file's text; @param jwksText the JWKS used (given or the pack's)
 * @param report the CLI-side verification: only its `ok` files are read (inside `root`)
 */
export async function collectViewData(opts: {
  packFile: string;
  packText: string;
  jwksText: string;
  jwksSource: string;
  report: VerifyReport;
  root: string;
  limits?: ViewLimits;
  generatedBy: string;
}): Promise<ViewData> {
  const limits = opts.limits ?? DEFAULT_VIEW_LIMITS;
  const files: ViewData['files'] = [];
  const notEmbedded: string[] = [];
  let total = 0;
  const sizes = new Map<string, number>();
  try {
    const env = JSON.parse(opts.packText.split('\n', 1)[0]) as { payload: string };
    const st = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as {
      subject: { name: string }[];
      predicate: { files: { size: number }[] };
    };
    st.subject.forEach((s, i) => sizes.set(s.name, Number(st.predicate.files[i]?.size ?? Infinity)));
  } catch {
    /* unreadable: nothing is embedded, the page says why */
  }
  for (const path of opts.report.files.ok) {
    const size = sizes.get(path) ?? Infinity;
    if (!EMBEDDABLE.test(path) || size > limits.maxFileBytes || total + size > limits.maxTotalBytes) {
      notEmbedded.push(path);
      continue;
    }
    // confined like verify's own reads: no symbolic link on the way, a regular file, at most its signed size
    const { data: bytes, tooLarge } = await readFileInside(opts.root, path, size);
    if (tooLarge) {
      notEmbedded.push(path);
      continue;
    }
    total += bytes.length;
    const text = bytes.toString('utf8');
    // text round-trips only when it is valid UTF-8; otherwise base64 keeps the exact bytes
    if (Buffer.from(text, 'utf8').equals(bytes)) files.push({ path, text });
    else files.push({ path, base64: bytes.toString('base64') });
  }
  let jwks: unknown;
  try {
    jwks = JSON.parse(opts.jwksText);
  } catch {
    jwks = { keys: [] };
  }
  return {
    packFile: opts.packFile,
    lines: opts.packText.split('\n').filter((l) => l.trim()),
    jwks,
    jwksSource: opts.jwksSource,
    files,
    notEmbedded,
    generatedBy: opts.generatedBy,
  };
}

/** JSON safe inside <script>: `<`, `>`, `&`, U+2028/9 escaped. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const STYLE = `
:root { color-scheme: light dark; font: 15px/1.45 system-ui, sans-serif; }
body { margin: 0 auto; max-width: 80rem; padding: 1rem; }
[role=tablist] { display: flex; flex-wrap: wrap; gap: .25rem; border-bottom: 2px solid currentColor; margin: 1rem 0; }
[role=tab] { font: inherit; padding: .4rem .8rem; border: 1px solid currentColor; border-bottom: none; background: transparent; color: inherit; cursor: pointer; }
[role=tab][aria-selected=true] { font-weight: bold; text-decoration: underline; text-underline-offset: .3em; }
:focus-visible { outline: 3px solid; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border: 1px solid; padding: .2rem .4rem; text-align: left; vertical-align: top; }
code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
td:has(> code) { min-width: 14rem; }
.digest { font-size: .8em; }
#verdict { font-size: 1.3rem; font-weight: bold; }
main[data-verdict=failed] #verdict { text-decoration: underline wavy; }
#drop { border: 2px dashed; padding: 1rem; margin: 1rem 0; }
mark { outline: 1px solid; font-weight: bold; }
del::before { content: '− '; } ins::before { content: '+ '; }
ins, del { text-decoration: none; }
figure { margin: .5rem 0 1rem; }
`;

/**
 * The page. The script is the source text of {@link evidenceViewPage}; the CSP allows exactly it and
 * the style by their sha256 (CSP Level 3 hash sources).
 */
export function renderViewHtml(data: ViewData): string {
  // the function's own source text; `__name` is the one helper a transpiler may add (esbuild keepNames)
  const script = `(function () { var __name = function (f) { return f; }; (${evidenceViewPage.toString()})(); })();`;
  const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  const csp = `default-src 'none'; script-src ${hash(script)}; style-src ${hash(STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const title = 'Evidence view';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main data-verdict="pending"><p>This page verifies the evidence pack with JavaScript (WebCrypto); enable it to see the verdict.</p></main>',
    `<script type="application/json" id="mc-pack">${scriptJson(data)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Verifies a pack and renders its view: the CLI's `mc evidence view` and the evidence-pack action's
 * `html` input both call this.
 * @param opts.jwks the trusted JWKS file (absolute); default: the pack's own jwks.json (integrity only)
 * @param opts.jwksLabel how the given JWKS is named on the page
 * @throws InputError for an unusable pack or JWKS (exit 2); a pack that fails verification still gets a
 *   view (its verdict says failed), with no file embedded when the signature did not verify.
 */
export async function buildEvidenceView(opts: {
  packDir: string;
  root: string;
  cwd: string;
  jwks?: string;
  jwksLabel?: string;
  limits?: ViewLimits;
  generatedBy: string;
}): Promise<{ html: string; report: VerifyReport; data: ViewData }> {
  const jwksFile = opts.jwks ?? join(opts.packDir, JWKS_FILE);
  const { keys, trust } = await trustedKeys(opts.packDir, opts.jwks);
  const report = await verifyPack({ packDir: opts.packDir, root: opts.root, cwd: opts.cwd, trusted: keys, trust });
  const packPath = join(opts.packDir, PACK_FILE);
  const data = await collectViewData({
    packFile: relative(opts.cwd, packPath) || PACK_FILE,
    // the pack and its own JWKS are the attacker's files: regular files only, no symbolic link, bounded
    packText: await readText(packPath, 'evidence pack', { untrusted: true }),
    jwksText: await readText(jwksFile, 'JWKS', { untrusted: !opts.jwks }),
    jwksSource:
      trust === 'given-jwks'
        ? `the given JWKS (${opts.jwksLabel ?? relative(opts.cwd, jwksFile)})`
        : "the pack's own jwks.json (integrity only: give the trusted JWKS)",
    report,
    root: opts.root,
    limits: opts.limits,
    generatedBy: opts.generatedBy,
  });
  return { html: renderViewHtml(data), report, data };
}
