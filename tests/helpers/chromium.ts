/**
 * Headless Chromium (Debian's `chromium`) for tests of pages: the DOM after scripts ran (`--dump-dom`)
 * and screenshots. Flags as this workplace's machines need them: no sandbox as root, no background
 * networking, a fresh profile per run, virtual time so async work (WebCrypto) settles.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The chromium binary, or null when Debian's `chromium` is not installed. */
export function findChromium(): string | null {
  for (const b of ['chromium', 'chromium-browser']) {
    const r = spawnSync('sh', ['-c', `command -v ${b}`], { encoding: 'utf8' });
    if (r.status === 0) return r.stdout.trim();
  }
  return null;
}

function run(bin: string, args: string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'mc-chromium-'));
  try {
    return execFileSync(
      bin,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
        '--virtual-time-budget=10000',
        ...args,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000, maxBuffer: 256 << 20 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The serialized DOM of `url` after its scripts ran. */
export function dumpDom(bin: string, url: string): string {
  return run(bin, ['--dump-dom', url]);
}

/** A PNG screenshot of `url` at 1280x1000. */
export function screenshot(bin: string, url: string, png: string): void {
  run(bin, ['--window-size=1280,1000', '--hide-scrollbars', `--screenshot=${png}`, url]);
}
