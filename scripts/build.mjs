#!/usr/bin/env node
// Bundles each action (src/entrypoints/<name>.ts -> actions/<name>/dist/) and the CLI
// (src/cli/entry.ts -> dist/cli/) with @vercel/ncc. Reproducible: no source maps, no
// timestamps, output written only when the bytes change. Usage: node scripts/build.mjs [name|cli ...]
import ncc from '@vercel/ncc';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputsHash, STAMP, targets as allTargets } from './bundle-stamp.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const targets = allTargets(root);
const wanted = process.argv.slice(2);
for (const w of wanted)
  if (!targets.some((t) => t.name === w)) {
    console.error(`build: unknown target '${w}' (have: ${targets.map((t) => t.name).join(', ')})`);
    process.exit(2);
  }

for (const t of targets.filter((t) => !wanted.length || wanted.includes(t.name))) {
  const entry = join(root, t.entry);
  if (!existsSync(entry)) {
    console.error(`build: ${t.entry} is missing`);
    process.exit(2);
  }
  const started = Date.now();
  // the content stamp of the inputs, taken before bundling (tests rebuild a bundle whose stamp differs)
  const stamp = inputsHash(root, t.entry);
  let code, assets;
  try {
    ({ code, assets } = await ncc(entry, {
      minify: false,
      sourceMap: false,
      license: 'licenses.txt',
      quiet: true,
      target: 'es2023',
      cache: false,
      transpileOnly: true,
    }));
  } catch (err) {
    // ncc's errors carry webpack's minified source in the stack: print only the compiler messages
    const msg = String(err?.message ?? err)
      .split('\n')
      .filter((l) => /ERROR|TS\d+|error|Module not found/.test(l) && l.length < 400)
      .slice(0, 30);
    console.error(`build ${t.name} failed:\n${msg.join('\n') || String(err).slice(0, 500)}`);
    process.exitCode = 1;
    continue;
  }
  // write into a fresh directory, then swap it in: concurrent builds never see a half-written bundle
  const outDir = join(root, t.out);
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    const p = join(tmp, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, asset.source);
  }
  // ESM bundle: the runner executes `node dist/index.js`, which needs a type:module marker beside it.
  writeFileSync(join(tmp, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(tmp, STAMP), `${stamp}\n`);
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  const size = readFileSync(join(outDir, 'index.js')).length;
  console.log(
    `built ${t.out}/index.js (${(size / 1024).toFixed(0)} KiB, ${Object.keys(assets).length} assets) in ${Date.now() - started} ms`,
  );
}
