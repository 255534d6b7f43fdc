#!/usr/bin/env node
// A throwaway Prometheus (Debian's `prometheus` and `promtool`) on loopback, with a TSDB backfilled
// from OpenMetrics text (`promtool tsdb create-blocks-from openmetrics`). Used by the tests, the
// benchmark and the main job; always stopped afterwards.
//   node prometheus.mjs run -- COMMAND...   starts it over traffic.mjs's data, runs COMMAND with
//                                           PROMETHEUS_URL set, stops it, exits with COMMAND's code
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The prometheus and promtool binaries, or null when Debian's `prometheus` package is not installed. */
export function findPrometheus() {
  const which = (b) => {
    const r = spawnSync('sh', ['-c', `command -v ${b}`], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : null;
  };
  const prometheus = which('prometheus');
  const promtool = which('promtool');
  return prometheus && promtool ? { prometheus, promtool } : null;
}

async function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

/**
 * Starts Prometheus on 127.0.0.1 over a fresh TSDB holding `openMetrics`.
 * @returns {Promise<{url: string, stop: () => Promise<void>}>}
 */
export async function startPrometheus(openMetrics, { bins = findPrometheus(), readyTimeoutMs = 30000 } = {}) {
  if (!bins) throw new Error('prometheus and promtool not found (apt-get install prometheus)');
  const dir = mkdtempSync(join(tmpdir(), 'mc-prom-'));
  writeFileSync(join(dir, 'data.om'), openMetrics);
  execFileSync(
    bins.promtool,
    ['tsdb', 'create-blocks-from', 'openmetrics', '--max-block-duration=2000h', join(dir, 'data.om'), join(dir, 'tsdb')],
    { stdio: 'pipe' },
  );
  rmSync(join(dir, 'data.om'));
  // scrapes nothing: the server only answers queries over the backfilled blocks
  writeFileSync(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 1h\nscrape_configs: []\n');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = spawn(
    bins.prometheus,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'tsdb')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--storage.tsdb.retention.time=100y',
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  proc.stderr.on('data', (d) => {
    log = (log + d).slice(-4000);
  });
  const exited = new Promise((res) => proc.once('exit', res));
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (proc.exitCode !== null) {
      await stop();
      throw new Error(`prometheus exited (${proc.exitCode}): ${log}`);
    }
    try {
      const r = await fetch(`${url}/-/ready`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus not ready after ${readyTimeoutMs} ms: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop };
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'run') {
  const cmd = process.argv.slice(process.argv.indexOf('--') + 1);
  const { openMetrics } = await import('./traffic.mjs');
  const server = await startPrometheus(openMetrics());
  const child = spawn(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, PROMETHEUS_URL: server.url } });
  const code = await new Promise((res) => child.once('exit', (c) => res(c ?? 2)));
  await server.stop();
  process.exit(code);
}
