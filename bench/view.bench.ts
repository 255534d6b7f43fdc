// evidence view benchmark (issue 18): a pack of 10,000 files (1 KiB each, every one embedded) viewed in
// headless Chromium (Debian's `chromium`). The page measures itself: the first view rendered
// (data-first-view-ms: parse the embedded pack, render release, tabs and the first 200 rows) and one
// search over all files (data-search-ms), read back from the DOM. Median of 5 loads.
// Targets: first view < 200 ms, search < 50 ms.
import { mkdirSync, mkdtempSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../src/cli/main.js';
import { dumpDom, findChromium } from '../tests/helpers/chromium.js';

const root = resolve(import.meta.dirname, '..');
const chromium = findChromium();
if (!chromium) {
  console.log('view bench: skipped (chromium not installed: apt-get install chromium)');
  process.exit(0);
}
const N = 10_000;
const dir = mkdtempSync(join(tmpdir(), 'mc-view-bench-'));
for (let d = 0; d < 100; d++) {
  mkdirSync(join(dir, `evidence/d${d}`), { recursive: true });
  for (let i = 0; i < N / 100; i++) writeFileSync(join(dir, `evidence/d${d}/f${i}.txt`), `file ${d}/${i}\n`.padEnd(1024, '.'));
}
const io = { stdout: () => {}, stderr: (t: string) => process.stderr.write(t), cwd: dir, env: process.env };
const t = performance.now();
if (
  (await main(
    [
      'evidence',
      'pack',
      '--key',
      join(root, 'examples/keys/dev-not-for-production.pem'),
      '--out',
      'pack',
      '--label',
      'evidence/d1*/**=tenant=T1',
      'evidence/**',
    ],
    io,
  )) !== 0
)
  throw new Error('pack failed');
const packS = (performance.now() - t) / 1000;
const t2 = performance.now();
if ((await main(['evidence', 'view', 'pack', '--jwks', join(root, 'examples/keys/dev-jwks.json'), '--out', 'view.html'], io)) !== 0)
  throw new Error('view failed');
const viewS = (performance.now() - t2) / 1000;
const url = pathToFileURL(join(dir, 'view.html')).href;
const first: number[] = [];
const search: number[] = [];
const verify: number[] = [];
for (let i = 0; i < 5; i++) {
  // the first view as a reader opens the page; then a search (the hash pre-fills it)
  const plain = /<main([^>]*)>/.exec(dumpDom(chromium, url))?.[1] ?? '';
  first.push(Number(/data-first-view-ms="([\d.]+)"/.exec(plain)?.[1]));
  const dom = dumpDom(chromium, `${url}#view=files&q=tenant=t1 f7.txt`);
  const m = /<main([^>]*)>/.exec(dom)?.[1] ?? '';
  if (!m.includes('data-verdict="verified"')) throw new Error(`not verified: ${m}`);
  const num = (k: string) => Number(new RegExp(`data-${k}="([\\d.]+)"`).exec(m)?.[1]);
  search.push(num('search-ms'));
  verify.push(num('verify-ms'));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `files: ${N} (1 KiB each, all embedded); page ${(statSync(join(dir, 'view.html')).size / 1048576).toFixed(1)} MiB; mc evidence pack ${packS.toFixed(2)} s, mc evidence view ${viewS.toFixed(2)} s`,
);
console.log(
  `first view: ${median(first).toFixed(1)} ms (target < 200: ${median(first) < 200 ? 'met' : 'NOT met'}); runs ${first.join(', ')}`,
);
console.log(
  `search over ${N} files: ${median(search).toFixed(1)} ms (target < 50: ${median(search) < 50 ? 'met' : 'NOT met'}); runs ${search.join(', ')}`,
);
console.log(`full verification (2 signatures + ${N} sha256 digests in WebCrypto): ${median(verify).toFixed(0)} ms`);
