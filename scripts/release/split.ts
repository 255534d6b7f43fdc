/**
 * The publishable tree of `mc/<action>`: action.yml at its root, dist/, README.md with links that
 * work in that repository, LICENSE and CHANGELOG.md. The Marketplace takes one action per
 * repository root, so each action is mirrored into its own repository.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { InputError, UsageError } from '../../src/core/errors.js';
import { actionMeta, discoverActions, listFiles, MONOREPO } from './plan.js';

export interface SplitOptions {
  /** git ref of this repository that rewritten links point at (a tag such as `evidence-pack/v1.2.0`); default `main` */
  ref?: string;
}

const GH = 'https://github.com';

/**
 * Rewrites one link target of `actions/<name>/README.md` for the split repository.
 * Kept: absolute URLs, anchors, and paths to files the split tree contains.
 * Another action's directory becomes its own repository `mc/<other>`; any other path in this
 * repository becomes a URL into `mc/actions` at `ref`.
 */
export function rewriteLink(target: string, name: string, actions: string[], shipped: Set<string>, ref: string): string {
  if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(target)) return target;
  const hashAt = target.indexOf('#');
  const path = hashAt >= 0 ? target.slice(0, hashAt) : target;
  const hash = hashAt >= 0 ? target.slice(hashAt) : '';
  if (!path) return target;
  // repository-relative: '/docs/x.md' is rooted at the repository, 'x.md' at actions/<name>/
  const repoPath = path.startsWith('/') ? posix.normalize(path.slice(1)) : posix.normalize(posix.join('actions', name, path));
  if (repoPath.startsWith('../')) return target; // leaves the repository: nothing sensible to do
  const own = `actions/${name}/`;
  if (repoPath.startsWith(own) || repoPath === `actions/${name}`) {
    const inside = repoPath.slice(own.length).replace(/\/$/, '');
    if (inside === '') return `./${hash}`;
    if (shipped.has(inside) || [...shipped].some((f) => f.startsWith(inside + '/'))) return `${inside}${hash}`;
  }
  const other = /^actions\/([^/]+)(?:\/(.*))?$/.exec(repoPath);
  if (other && other[1] !== name && actions.includes(other[1])) {
    const rest = other[2] ?? '';
    if (rest === '' || rest === 'README.md') return `${GH}/mc/${other[1]}${hash || (rest ? '#readme' : '')}`;
    return `${GH}/mc/${other[1]}/blob/main/${rest}${hash}`;
  }
  const isDir = path.endsWith('/') || (!posix.extname(repoPath) && !repoPath.includes('.'));
  return `${GH}/${MONOREPO}/${isDir ? 'tree' : 'blob'}/${ref}/${repoPath.replace(/\/$/, '')}${hash}`;
}

/** Rewrites the inline links, images and reference definitions of a Markdown text, outside code. */
export function rewriteReadme(md: string, rewrite: (target: string) => string): string {
  const parts = md.split(/(^(?:```|~~~)[^\n]*\n[\s\S]*?^(?:```|~~~)[^\n]*$)/m);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part; // fenced code block
      // inline code spans stay as they are: set aside, then put back
      const spans: string[] = [];
      const masked = part.replace(/`[^`\n]*`/g, (c) => `\u0000${spans.push(c) - 1}\u0000`);
      return (
        masked
          .replace(/(!?\[[^\]]*\]\()(<[^>]*>|[^)\s]+)((?:\s+"[^"]*")?\))/g, (_m, a: string, t: string, b: string) => {
            const bare = t.startsWith('<') ? t.slice(1, -1) : t;
            const out = rewrite(bare);
            return a + (t.startsWith('<') ? `<${out}>` : out) + b;
          })
          .replace(/^(\s{0,3}\[[^\]]+\]:\s*)(\S+)/gm, (_m, a: string, t: string) => a + rewrite(t))
          // eslint-disable-next-line no-control-regex -- NUL marks a set-aside code span; it cannot occur in Markdown text
          .replace(/\u0000(\d+)\u0000/g, (_m, i: string) => spans[Number(i)])
      );
    })
    .join('');
}

/**
 * Writes the split tree of one action into `out` (which must not exist or be empty): built into a
 * temporary sibling directory, then renamed into place. Returns the files written (sorted).
 * @throws UsageError for an unknown action; InputError when the bundle, CHANGELOG.md or LICENSE is missing
 */
export function splitAction(root: string, name: string, out: string, opts: SplitOptions = {}): string[] {
  const actions = discoverActions(root);
  if (!actions.includes(name)) throw new UsageError(`split: unknown action '${name}' (have: ${actions.join(', ')})`);
  const { dir } = actionMeta(root, name);
  for (const f of ['README.md', 'CHANGELOG.md'])
    if (!existsSync(join(dir, f))) throw new InputError(`actions/${name}/${f}`, undefined, 'a file (every published action has one)');
  if (!existsSync(join(root, 'LICENSE'))) throw new InputError('LICENSE', undefined, 'the licence text at the repository root');
  if (existsSync(out) && readdirSync(out).length)
    throw new UsageError(`split: ${out} is not empty (the split tree is written into a new or empty directory, never over files)`);

  const dist = listFiles(join(dir, 'dist')).map((f) => `dist/${f}`);
  const files = ['action.yml', 'README.md', 'CHANGELOG.md', 'LICENSE', ...dist].sort();
  const shipped = new Set(files);
  const tmp = `${out.replace(/\/$/, '')}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const f of ['action.yml', 'CHANGELOG.md', ...dist]) {
    mkdirSync(dirname(join(tmp, f)), { recursive: true });
    copyFileSync(join(dir, f), join(tmp, f));
  }
  copyFileSync(join(root, 'LICENSE'), join(tmp, 'LICENSE'));
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  const ref = opts.ref ?? 'main';
  const footer = `\n---\n\nThis repository is published from [\`actions/${name}\`](${GH}/${MONOREPO}/tree/${ref}/actions/${name}) in [${MONOREPO}](${GH}/${MONOREPO}) by its release workflow; issues and pull requests go there.\n`;
  writeFileSync(
    join(tmp, 'README.md'),
    rewriteReadme(readme, (t) => rewriteLink(t, name, actions, shipped, ref)).trimEnd() + '\n' + footer,
  );
  if (existsSync(out)) rmSync(out, { recursive: true }); // empty, checked above
  mkdirSync(dirname(out), { recursive: true });
  renameSync(tmp, out);
  return files;
}
