#!/usr/bin/env node
/**
 * Dead-export check (`npm run lint:exports`): fails on every `export` of a module under src/ that
 * nothing uses: no other file of the project (src, tests, bench, scripts: the tsconfig program)
 * imports it and its own module does not use it either: dead code. Uses the TypeScript compiler API
 * (no extra dependency): every identifier is resolved to its symbol (through import and re-export
 * aliases); re-export statements and the declaration's own name do not count as uses. The
 * `commands` of src/cli/commands/* are entry points (loaded by dynamic import).
 * `--local` also lists exports used only inside their own module (candidates to un-export).
 * Exit 1 when a dead export is found, listing FILE:LINE NAME. `--root DIR` checks another project.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// --root DIR checks another project (its tsconfig.json and src/), as the test of this check does
const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? resolve(process.argv[rootArg + 1]) : join(dirname(fileURLToPath(import.meta.url)), '..');
const cfgPath = join(root, 'tsconfig.json');
const cfg = ts.parseJsonConfigFileContent(ts.readConfigFile(cfgPath, ts.sys.readFile).config, ts.sys, root);
const program = ts.createProgram(cfg.fileNames, cfg.options);
const checker = program.getTypeChecker();
const files = program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes('/node_modules/'));
const srcDir = join(root, 'src') + '/';

const resolveAlias = (s) => (s && s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);

/** symbols used by another file; symbols used inside their own file (other than by their name) */
const used = new Set();
const usedLocally = new Set();
const isDeclarationName = (node) => {
  const p = node.parent;
  return (
    p &&
    'name' in p &&
    p.name === node &&
    (ts.isFunctionDeclaration(p) ||
      ts.isClassDeclaration(p) ||
      ts.isInterfaceDeclaration(p) ||
      ts.isTypeAliasDeclaration(p) ||
      ts.isVariableDeclaration(p) ||
      ts.isEnumDeclaration(p))
  );
};
for (const f of files) {
  const visit = (node) => {
    if (ts.isExportSpecifier(node) || ts.isExportDeclaration(node)) return; // re-exports are not uses
    if (ts.isIdentifier(node)) {
      const s = resolveAlias(checker.getSymbolAtLocation(node));
      const decl = s?.declarations?.[0];
      if (s && decl && decl.getSourceFile() !== f) used.add(s);
      else if (s && decl && !isDeclarationName(node)) usedLocally.add(s);
      // a shorthand property `{ x }` resolves to the property: count the value too
      if (ts.isShorthandPropertyAssignment(node.parent)) {
        const v = resolveAlias(checker.getShorthandAssignmentValueSymbol(node.parent));
        if (v && v.declarations?.[0]?.getSourceFile() !== f) used.add(v);
        else if (v) usedLocally.add(v);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(f);
}

const dead = [];
const local = [];
const entry = (f, name) => name === 'commands' && f.fileName.startsWith(join(srcDir, 'cli/commands/'));
for (const f of files) {
  if (!f.fileName.startsWith(srcDir)) continue;
  const mod = checker.getSymbolAtLocation(f);
  if (!mod) continue;
  for (const e of checker.getExportsOfModule(mod)) {
    const s = resolveAlias(e);
    const decl = s.declarations?.[0];
    // re-exports of another module's symbol are judged at their declaration
    if (!decl || decl.getSourceFile() !== f) continue;
    if (used.has(s) || entry(f, e.getName())) continue;
    const { line } = f.getLineAndCharacterOfPosition(decl.getStart());
    (usedLocally.has(s) ? local : dead).push(`${relative(root, f.fileName)}:${line + 1} ${e.getName()}`);
  }
}
if (process.argv.includes('--local')) {
  console.log(`${local.length} export(s) used only inside their own module:`);
  for (const d of local.sort()) console.log(`  ${d}`);
}
if (dead.length) {
  console.error(`${dead.length} dead export(s): used by no module, not even their own (remove the code):`);
  for (const d of dead.sort()) console.error(`  ${d}`);
  process.exit(1);
}
console.log(
  `dead exports: none (${files.filter((f) => f.fileName.startsWith(srcDir)).length} modules under src/; ${local.length} exports used only in their own module, see --local)`,
);
