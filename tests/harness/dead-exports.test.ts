import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, '../../scripts/dead-exports.mjs');
const dir = mkdtempSync(join(tmpdir(), 'mc-dead-exports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/dead-exports.mjs (npm run lint:exports)', () => {
  it('fails on an export nothing uses; passes exports used elsewhere, through a re-export, locally, and command entry points', () => {
    mkdirSync(join(dir, 'src/cli/commands'), { recursive: true });
    mkdirSync(join(dir, 'tests'), { recursive: true });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'ES2022', moduleResolution: 'Bundler', strict: true, noEmit: true },
        include: ['src', 'tests'],
      }),
    );
    writeFileSync(
      join(dir, 'src/a.ts'),
      'export function used() { return 1; }\nexport function viaIndex() { return 2; }\nexport function testOnly() { return 3; }\nexport function localOnly() { return 4; }\nexport const total = localOnly();\nexport function dead() { return 5; }\nexport interface DeadType { x: number }\n',
    );
    writeFileSync(join(dir, 'src/index.ts'), "export { viaIndex, dead } from './a.js';\n");
    writeFileSync(
      join(dir, 'src/b.ts'),
      "import { used } from './a.js';\nimport { viaIndex } from './index.js';\nexport const x = used() + viaIndex();\n",
    );
    writeFileSync(join(dir, 'src/cli/commands/tool.ts'), 'export const commands = [];\n');
    writeFileSync(
      join(dir, 'tests/a.test.ts'),
      "import { testOnly, total } from '../src/a.js';\nimport { x } from '../src/b.js';\nexport const t = testOnly() + x + total;\n",
    );
    const r = spawnSync(process.execPath, [script, '--root', dir, '--local'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const dead = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('  '))
      .map((l) => l.trim());
    expect(dead).toEqual(['src/a.ts:6 dead', 'src/a.ts:7 DeadType']);
    expect(r.stdout).toContain('src/a.ts:4 localOnly');
    writeFileSync(
      join(dir, 'src/a.ts'),
      'export function used() { return 1; }\nexport function viaIndex() { return 2; }\nexport function testOnly() { return 3; }\nexport function localOnly() { return 4; }\nexport const total = localOnly();\n',
    );
    writeFileSync(join(dir, 'src/index.ts'), "export { viaIndex } from './a.js';\n");
    const ok = spawnSync(process.execPath, [script, '--root', dir], { encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
  });
});
