/**
 * Final product verification (in-toto specification v1.0, section 5 "Verifying the final product",
 * with the ordering and semantics of the reference implementation, in_toto.verifylib.in_toto_verify 1.3):
 *
 *  1. every given layout key has a valid signature on the layout;
 *  2. the layout has not expired;
 *  3. parameter substitution (only when parameters are given);
 *  4. links `<step>.<keyid[:8]>.link` are loaded from the link directory for every authorized keyid
 *     (and its subkeys); fewer than `threshold` files fails;
 *  5. link signatures: a link is counted only when signed by a key authorized for the step (a link with
 *     a missing or invalid signature is skipped and surfaces as a threshold failure);
 *  6. sublayouts (a "link" that is a layout) are verified recursively against links in
 *     `<step>.<keyid[:8]>/` and replaced by their summary link;
 *  7. expected-command alignment (a warning only);
 *  8. for threshold > 1, all counted links of a step report identical materials and products;
 *  9. step artifact rules (materials, then products, step by step, with the first link of each step);
 * 10. inspections run (in a scratch copy of the working directory) and are recorded as links; a
 *     non-zero exit fails; 11. inspection artifact rules over step and inspection links.
 *
 * Verification stops at the first failure, as the reference does; the result names the check, the step,
 * the rule and the artifact paths (sorted).
 */
import { close, fstat, open, read } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, McError } from '../core/errors.js';
import { comparePaths, writeFileAtomic } from '../core/fsx.js';
import { encodeCanonical } from './ocj.js';
import { artifactIndexOf, attachArtifactIndex, hasAttachedIndex, sameArtifacts } from './artifact-index.js';
import { excludeMatcher } from './artifacts.js';
import {
  dumpMetablock,
  parseMetadata,
  parseMetadataBytes,
  verifyMetadataSignature,
  verifyMetadataSignatureAsync,
  type Layout,
  type Link,
  type Metadata,
  type SignatureResult,
  type Step,
} from './metadata.js';
import { verifyItemRules, type RuleFailure } from './rules.js';
import { runStep } from './runlib.js';
import { scanLinkMetablock, ScanMemo } from './linkscan.js';
import type { SslibKey } from './sslib-keys.js';

/** The reference's timeout for inspection commands (in_toto.settings.LINK_CMD_EXEC_TIMEOUT, seconds). */
export const INSPECTION_TIMEOUT_MS = 10_000;

/** Which check failed. */
export type FailedCheck =
  | 'layout-signature'
  | 'layout-expired'
  | 'links-missing'
  | 'link-format'
  | 'threshold'
  | 'threshold-artifacts'
  | 'sublayout'
  | 'rule'
  | 'inspection';

/** The failure that stopped verification. */
export interface Failure {
  check: FailedCheck;
  /** step or inspection name (for sublayouts: `outer/inner`) */
  step?: string;
  /** failing rule, its list and index */
  rule?: string[];
  ruleList?: 'expected_materials' | 'expected_products';
  ruleIndex?: number;
  /** artifact paths or link files involved, sorted */
  artifacts: string[];
  message: string;
}

/** What happened to one link file / signature of a step. */
export interface LinkCheck {
  file: string;
  keyid: string;
  status: 'valid' | 'invalid-signature' | 'unauthorized';
  reason?: string;
}

/** Per-step (or per-inspection) outcome, for reports and the job summary. */
export interface ItemResult {
  name: string;
  kind: 'step' | 'inspection';
  /** steps: required number of distinct functionaries */
  threshold?: number;
  /** steps: link files found */
  links: LinkCheck[];
  /** steps: links counted towards the threshold */
  validLinks: number;
  /** steps: whether the recorded command equals expected_command (false is only a warning) */
  commandAligned?: boolean;
  /** number of material and product rules */
  rules: { materials: number; products: number };
  /** inspections: command and exit status */
  run?: { command: string[]; returnValue: number | null; materials?: number; products?: number };
  /** sublayout result when the step was delegated */
  sublayout?: VerifyResult;
  status: 'pass' | 'fail' | 'not-reached';
}

/** The verdict. */
export interface VerifyResult {
  passed: boolean;
  layout: { source: string; expires: string; keyids: string[]; format: 'metablock' | 'dsse' };
  steps: ItemResult[];
  inspections: ItemResult[];
  warnings: string[];
  failure?: Failure;
  /** summary link of this (sub)layout: first step's materials, last step's products */
  summary?: Link;
}

/** Options for {@link verifyLayout}. */
export interface VerifyOptions {
  /** verification keys; every one must have signed the layout (at least one) */
  layoutKeys: SslibKey[];
  /** directory holding `<step>.<keyid8>.link` files (and sublayout directories) */
  linkDir: string;
  /** parameter substitution (`{NAME}` in rules, expected commands and inspection commands) */
  params?: Record<string, string>;
  /** directory with the final product; inspections run in a scratch copy of it (default cwd) */
  workDir?: string;
  /** run inspections in workDir itself, as the reference does (default: a scratch copy) */
  inspectInPlace?: boolean;
  inspectionTimeoutMs?: number;
  /** write each inspection's recorded link as `<name>.link` (unsigned Metablock, as the reference persists them) here */
  inspectionLinkDir?: string;
  /** the current time (tests); default now */
  now?: Date;
  /** progress messages (`--verbose`) */
  log?: (message: string) => void;
}

class Stop extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

const sortPaths = (xs: Iterable<string>): string[] => [...xs].sort(comparePaths);

/** Link file name of a step and functionary keyid (in_toto.models.link.FILENAME_FORMAT). */
export function linkFileName(step: string, keyid: string): string {
  return `${step}.${keyid.slice(0, 8)}.link`;
}

/**
 * Python `str.format` with keyword arguments only, as the reference's parameter substitution uses it:
 * `{NAME}` is replaced, `{{`/`}}` are literal braces.
 * @throws InputError for an unknown parameter or a malformed field.
 */
export function formatParams(s: string, params: Record<string, string>, where: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '{') {
      if (s[i + 1] === '{') {
        out += '{';
        i++;
        continue;
      }
      const end = s.indexOf('}', i);
      if (end < 0) throw new InputError(where, undefined, "a matching '}' in the parameter field", { found: s });
      const name = s.slice(i + 1, end);
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name))
        throw new InputError(where, undefined, 'a parameter field {NAME}', { found: `{${name}}` });
      if (!Object.prototype.hasOwnProperty.call(params, name))
        throw new InputError(where, undefined, `a value for parameter '${name}' (--param ${name}=VALUE)`);
      out += params[name];
      i = end;
    } else if (c === '}') {
      if (s[i + 1] !== '}') throw new InputError(where, undefined, "'}}' for a literal brace", { found: s });
      out += '}';
      i++;
    } else out += c;
  }
  return out;
}

/** Applies parameter substitution to a layout (verifylib.substitute_parameters); returns a copy. */
export function substituteParameters(layout: Layout, params: Record<string, string>): Layout {
  const sub = (xs: string[], w: string) => xs.map((x) => formatParams(x, params, w));
  const rules = (rs: string[][], w: string) => rs.map((r) => sub(r, w));
  return {
    ...layout,
    steps: layout.steps.map((s) => ({
      ...s,
      expected_materials: rules(s.expected_materials, `step ${s.name}: expected_materials`),
      expected_products: rules(s.expected_products, `step ${s.name}: expected_products`),
      expected_command: sub(s.expected_command, `step ${s.name}: expected_command`),
    })),
    inspect: layout.inspect.map((s) => ({
      ...s,
      expected_materials: rules(s.expected_materials, `inspection ${s.name}: expected_materials`),
      expected_products: rules(s.expected_products, `inspection ${s.name}: expected_products`),
      run: sub(s.run, `inspection ${s.name}: run`),
    })),
  };
}

/** Keys authorized for a step: each keyid followed by the subkeys the layout lists for it. */
function candidateKeyids(layout: Layout, step: Step): string[] {
  const out: string[] = [];
  for (const k of step.pubkeys) {
    out.push(k);
    for (const sub of Object.keys(layout.keys[k]?.subkeys ?? {})) out.push(sub);
  }
  return out;
}

/**
 * The key that verifies a step's link signed by `linkKeyid` (verifylib.verify_link_signature_thresholds):
 * the first of the step's authorized keyids that is the link's keyid (the layout's key, or the main key of
 * an authorized subkey) or that has it as a subkey; undefined when no authorized key fits.
 */
function linkVerificationKey(layout: Layout, step: Step, linkKeyid: string, mainForSub: Map<string, SslibKey>): SslibKey | undefined {
  for (const authorized of step.pubkeys) {
    const ak = layout.keys[authorized];
    const mainKey = mainForSub.get(authorized);
    if (ak && linkKeyid === authorized) return ak;
    if (mainKey && linkKeyid === authorized) return mainKey;
    if (ak && Object.prototype.hasOwnProperty.call(ak.subkeys ?? {}, linkKeyid)) return ak;
  }
  return undefined;
}

/** The largest link file read (bytes): readFileSync's limit (2 GiB - 1). */
const MAX_LINK_FILE_BYTES = 2 ** 31 - 1;

/** A buffer of `n` bytes, or null when it cannot be had (the file is then unreadable, as for readFileSync). */
function allocOrNull(n: number): Buffer | null {
  try {
    return Buffer.allocUnsafe(n);
  } catch {
    return null;
  }
}

/**
 * Reads an optional file: null when it does not exist or cannot be read (the reference skips IOError).
 * The read runs in libuv's thread pool (open, fstat, then one read of the whole file, as readFileSync
 * reads a regular file: its size as fstat gives it, or up to the end when fstat gives 0), so that the
 * link files are read while the ones before them are scanned. Never rejects.
 */
function readOptional(path: string): Promise<Buffer | null> {
  return new Promise((resolve) => {
    open(path, 'r', (openError, fd) => {
      if (openError) return resolve(null);
      const done = (bytes: Buffer | null) => close(fd, () => resolve(bytes));
      fstat(fd, (statError, st) => {
        // (readFileSync refuses files of 2 GiB and more: so does this, and it never throws in a callback)
        if (statError || st.size > MAX_LINK_FILE_BYTES) return done(null);
        const known = st.size > 0;
        const first = allocOrNull(known ? st.size : 64 * 1024);
        if (!first) return done(null);
        let buf = first;
        let n = 0;
        const next = (): void =>
          read(fd, buf, n, buf.length - n, n, (readError, got) => {
            if (readError) return done(null);
            n += got;
            if (got === 0 || (known && n === buf.length)) return done(n === buf.length ? buf : buf.subarray(0, n));
            if (n === buf.length) {
              const grown = buf.length * 2 > MAX_LINK_FILE_BYTES ? null : allocOrNull(buf.length * 2);
              if (!grown) return done(null);
              buf.copy(grown, 0, 0, n);
              buf = grown;
            }
            next();
          });
        next();
      });
    });
  });
}

function ruleFailure(rf: RuleFailure, prefix: string): Failure {
  return {
    check: 'rule',
    step: prefix + rf.item,
    rule: rf.rule,
    ruleList: rf.list,
    ruleIndex: rf.index,
    artifacts: rf.artifacts,
    message: `${prefix}${rf.item}: ${rf.list}[${rf.index}]: ${rf.message}`,
  };
}

interface Ctx {
  opts: VerifyOptions;
  /** scratch directory shared by every (sub)layout's inspections */
  scratch?: string;
  log: (m: string) => void;
}

/**
 * Verifies a parsed layout against links, per the in-toto specification and the reference's behaviour.
 * Never throws for a verification failure: the result carries it (`passed: false`).
 * @throws InputError only for unusable options (no layout keys, a missing parameter).
 */
export async function verifyLayout(layoutMd: Metadata, opts: VerifyOptions): Promise<VerifyResult> {
  const ctx: Ctx = { opts, log: opts.log ?? (() => undefined) };
  try {
    return await verifyInner(layoutMd, opts.layoutKeys, opts.linkDir, '', ctx);
  } finally {
    if (ctx.scratch) await rm(ctx.scratch, { recursive: true, force: true });
  }
}

async function verifyInner(layoutMd: Metadata, keys: SslibKey[], linkDir: string, prefix: string, ctx: Ctx): Promise<VerifyResult> {
  const { opts, log } = ctx;
  if (layoutMd.signed._type !== 'layout')
    throw new InputError(layoutMd.source, 'signed._type', "'layout'", { found: layoutMd.signed._type });
  let layout = layoutMd.signed;
  const result: VerifyResult = {
    passed: false,
    layout: { source: layoutMd.source, expires: layout.expires, keyids: keys.map((k) => k.keyid), format: layoutMd.kind },
    steps: layout.steps.map((s) => ({
      name: s.name,
      kind: 'step',
      threshold: s.threshold,
      links: [],
      validLinks: 0,
      rules: { materials: s.expected_materials.length, products: s.expected_products.length },
      status: 'not-reached',
    })),
    inspections: layout.inspect.map((s) => ({
      name: s.name,
      kind: 'inspection',
      links: [],
      validLinks: 0,
      rules: { materials: s.expected_materials.length, products: s.expected_products.length },
      run: { command: s.run, returnValue: null },
      status: 'not-reached',
    })),
    warnings: [],
  };
  const stepResult = new Map(result.steps.map((r) => [r.name, r]));
  const inspResult = new Map(result.inspections.map((r) => [r.name, r]));
  try {
    // 1. layout signatures
    log(`${prefix}verifying layout signatures...`);
    if (keys.length < 1)
      throw new Stop({ check: 'layout-signature', artifacts: [], message: 'layout signature verification requires at least one key' });
    for (const k of keys) {
      const r = verifyMetadataSignature(layoutMd, k);
      if (!r.ok)
        throw new Stop({
          check: 'layout-signature',
          step: prefix ? prefix.slice(0, -1) : undefined,
          artifacts: [layoutMd.source],
          message: `${prefix}layout ${layoutMd.source}: ${r.reason}`,
        });
    }
    // 2. expiration
    const now = opts.now ?? new Date();
    if (Date.parse(layout.expires) < now.getTime()) {
      throw new Stop({
        check: 'layout-expired',
        step: prefix ? prefix.slice(0, -1) : undefined,
        artifacts: [layoutMd.source],
        message: `${prefix}layout ${layoutMd.source} expired at ${layout.expires}`,
      });
    }
    // 3. parameters
    if (opts.params && !prefix) layout = substituteParameters(layout, opts.params);
    // 4. load links
    log(`${prefix}reading link metadata from ${linkDir}...`);
    const chain = new Map<string, Map<string, Metadata>>();
    const names = [...new Set(layout.steps.flatMap((st) => candidateKeyids(layout, st).map((k) => linkFileName(st.name, k))))];
    const texts = new Map(names.map((n) => [n, readOptional(join(linkDir, n))] as const));
    // the links of a chain repeat artifact dicts (a step's materials are the products of the step before)
    const dicts = new ScanMemo();
    const mainForSub = new Map<string, SslibKey>();
    for (const k of Object.values(layout.keys)) for (const sub of Object.keys(k.subkeys ?? {})) mainForSub.set(sub, k);
    // each link's signature check starts as soon as the link is parsed (its OpenSSL work runs in libuv's
    // thread pool while the next links are scanned); step 5 awaits the results in its own order, before
    // anything reads the links' artifacts
    const signatureChecks = new Map<Metadata, Promise<SignatureResult>>();
    for (const step of layout.steps) {
      const sr = stepResult.get(step.name)!;
      const found = new Map<string, Metadata>();
      const tried: string[] = [];
      for (const keyid of candidateKeyids(layout, step)) {
        const file = linkFileName(step.name, keyid);
        tried.push(file);
        const text = (await texts.get(file)) ?? null;
        if (text === null) continue;
        try {
          const md = parseMetadataBytes(text, join(linkDir, file), scanLinkMetablock, dicts);
          found.set(keyid, md);
          const vkey = linkVerificationKey(layout, step, keyid, mainForSub);
          if (vkey) {
            const check = verifyMetadataSignatureAsync(md, vkey);
            // awaited in step 5 (which rethrows an error there, in the synchronous path's order); never unhandled
            check.catch(() => undefined);
            signatureChecks.set(md, check);
          }
        } catch (e) {
          if (!(e instanceof McError)) throw e;
          sr.status = 'fail';
          throw new Stop({
            check: 'link-format',
            step: prefix + step.name,
            artifacts: [file],
            message: `${prefix}${step.name}: ${e.message}`,
          });
        }
        sr.links.push({ file, keyid, status: 'valid' });
      }
      if (found.size < step.threshold) {
        sr.status = 'fail';
        const missing = sortPaths(tried.filter((t) => !sr.links.some((l) => l.file === t)));
        throw new Stop({
          check: 'links-missing',
          step: prefix + step.name,
          artifacts: missing,
          message: `${prefix}${step.name}: requires ${step.threshold} link metadata file(s), found ${found.size}${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`,
        });
      }
      chain.set(step.name, found);
    }
    // (the memo's keys hold the files' text)
    dicts.clear();
    // 5. signatures and thresholds
    log(`${prefix}verifying link signatures...`);
    for (const step of layout.steps) {
      const sr = stepResult.get(step.name)!;
      const verified = new Map<string, Metadata>();
      const usedMain: string[] = [];
      for (const [linkKeyid, md] of chain.get(step.name)!) {
        const lc = sr.links.find((l) => l.keyid === linkKeyid)!;
        const vkey = linkVerificationKey(layout, step, linkKeyid, mainForSub);
        if (!vkey) {
          lc.status = 'unauthorized';
          lc.reason = `keyid ${linkKeyid} is not in the layout's keys`;
          log(`${prefix}${step.name}: skipping ${lc.file}: ${lc.reason}`);
          continue;
        }
        const r = await signatureChecks.get(md)!;
        if (!r.ok) {
          lc.status = 'invalid-signature';
          lc.reason = r.reason;
          log(`${prefix}${step.name}: skipping ${lc.file}: ${r.reason}`);
          continue;
        }
        if (usedMain.includes(vkey.keyid))
          result.warnings.push(
            `${prefix}${step.name}: links signed by different subkeys of main key ${vkey.keyid}; only one counts towards the threshold`,
          );
        usedMain.push(vkey.keyid);
        verified.set(linkKeyid, md);
      }
      const count = verified.size - (usedMain.length - new Set(usedMain).size);
      sr.validLinks = count;
      if (count < step.threshold) {
        sr.status = 'fail';
        const bad = sortPaths(sr.links.filter((l) => l.status !== 'valid').map((l) => l.file));
        throw new Stop({
          check: 'threshold',
          step: prefix + step.name,
          artifacts: bad,
          message: `${prefix}${step.name}: requires ${step.threshold} link(s) validly signed by different authorized functionaries, found ${count}${
            bad.length
              ? ` (rejected: ${sr.links
                  .filter((l) => l.status !== 'valid')
                  .map((l) => `${l.file}: ${l.reason}`)
                  .sort(comparePaths)
                  .join('; ')})`
              : ''
          }`,
        });
      }
      chain.set(step.name, verified);
    }
    // 6. sublayouts
    const links = new Map<string, Map<string, Link>>();
    for (const step of layout.steps) {
      const sr = stepResult.get(step.name)!;
      const perKey = new Map<string, Link>();
      for (const [keyid, md] of chain.get(step.name)!) {
        if (md.signed._type === 'layout') {
          log(`${prefix}verifying sublayout ${step.name}...`);
          const subKey = layout.keys[keyid];
          const subDir = join(linkDir, `${step.name}.${keyid.slice(0, 8)}`);
          if (!subKey) {
            sr.status = 'fail';
            throw new Stop({
              check: 'sublayout',
              step: prefix + step.name,
              artifacts: [linkFileName(step.name, keyid)],
              message: `${prefix}${step.name}: sublayout signed by ${keyid}, which is not a key of the layout (subkeys cannot sign sublayouts)`,
            });
          }
          const sub = await verifyInner(md, [subKey], subDir, `${prefix}${step.name}/`, ctx);
          sr.sublayout = sub;
          if (!sub.passed) {
            sr.status = 'fail';
            throw new Stop({ ...sub.failure!, check: sub.failure!.check, message: sub.failure!.message });
          }
          perKey.set(keyid, { ...sub.summary!, name: step.name });
        } else {
          perKey.set(keyid, md.signed);
        }
      }
      links.set(step.name, perKey);
    }
    // 7. command alignment (warning only)
    for (const step of layout.steps) {
      const sr = stepResult.get(step.name)!;
      sr.commandAligned = true;
      for (const [keyid, link] of links.get(step.name)!) {
        if (JSON.stringify(link.command) !== JSON.stringify(step.expected_command)) {
          sr.commandAligned = false;
          result.warnings.push(
            `${prefix}${step.name}: run command ${JSON.stringify(link.command)} in ${linkFileName(step.name, keyid)} differs from expected command ${JSON.stringify(step.expected_command)}`,
          );
        }
      }
    }
    // 8. threshold constraints
    for (const step of layout.steps) {
      if (step.threshold <= 1) continue;
      const perKey = [...links.get(step.name)!];
      const sr = stepResult.get(step.name)!;
      const [refKeyid, ref] = perKey[0];
      const refM = artifactIndexOf(ref, 'materials');
      const refP = artifactIndexOf(ref, 'products');
      for (const [keyid, link] of perKey) {
        if (!sameArtifacts(artifactIndexOf(link, 'materials'), refM) || !sameArtifacts(artifactIndexOf(link, 'products'), refP)) {
          sr.status = 'fail';
          const a = linkFileName(step.name, refKeyid);
          const b = linkFileName(step.name, keyid);
          const diff = sortPaths(artifactDiff(ref, link));
          throw new Stop({
            check: 'threshold-artifacts',
            step: prefix + step.name,
            artifacts: diff,
            message: `${prefix}${step.name}: links ${a} and ${b} report different artifacts: ${diff.join(', ')}`,
          });
        }
      }
    }
    const reduced = new Map<string, Link>();
    for (const step of layout.steps) reduced.set(step.name, links.get(step.name)!.values().next().value!);
    // 9. step rules
    log(`${prefix}verifying step rules...`);
    for (const step of layout.steps) {
      const sr = stepResult.get(step.name)!;
      for (const which of ['materials', 'products'] as const) {
        const rules = which === 'materials' ? step.expected_materials : step.expected_products;
        const rf = verifyItemRules(step.name, which, rules, reduced);
        if (rf) {
          sr.status = 'fail';
          throw new Stop(ruleFailure(rf, prefix));
        }
      }
      sr.status = 'pass';
    }
    // 10. inspections
    const combined = new Map(reduced);
    if (layout.inspect.length) {
      const cwd = await inspectionDir(ctx);
      for (const insp of layout.inspect) {
        const ir = inspResult.get(insp.name)!;
        ir.run = { command: insp.run, returnValue: null };
        log(`${prefix}running inspection ${insp.name}: ${insp.run.join(' ')}`);
        let link: Link;
        try {
          link = await runStep(insp.name, ['.'], ['.'], insp.run, {
            basePath: cwd,
            cwd,
            timeoutMs: opts.inspectionTimeoutMs ?? INSPECTION_TIMEOUT_MS,
          });
        } catch (e) {
          ir.status = 'fail';
          const msg = e instanceof McError ? e.message : String(e);
          throw new Stop({
            check: 'inspection',
            step: prefix + insp.name,
            artifacts: [],
            message: `${prefix}${insp.name}: inspection command ${JSON.stringify(insp.run)} could not run: ${msg}`,
          });
        }
        const rv = (link.byproducts as { 'return-value'?: number })['return-value'] ?? null;
        ir.run.returnValue = rv;
        if (rv !== 0) {
          ir.status = 'fail';
          throw new Stop({
            check: 'inspection',
            step: prefix + insp.name,
            artifacts: [],
            message: `${prefix}${insp.name}: inspection command ${JSON.stringify(insp.run)} exited with ${rv === -1 ? 'a signal or timeout' : rv}`,
          });
        }
        ir.run.materials = Object.keys(link.materials).length;
        ir.run.products = Object.keys(link.products).length;
        if (opts.inspectionLinkDir)
          await writeFileAtomic(join(opts.inspectionLinkDir, `${prefix.replace(/\//g, '.')}${insp.name}.link`), dumpMetablock(link, []));
        combined.set(insp.name, link);
      }
      // 11. inspection rules
      for (const insp of layout.inspect) {
        const ir = inspResult.get(insp.name)!;
        for (const which of ['materials', 'products'] as const) {
          const rules = which === 'materials' ? insp.expected_materials : insp.expected_products;
          const rf = verifyItemRules(insp.name, which, rules, combined);
          if (rf) {
            ir.status = 'fail';
            throw new Stop(ruleFailure(rf, prefix));
          }
        }
        ir.status = 'pass';
      }
    }
    result.passed = true;
    result.summary = summaryLink(layout, reduced, prefix ? prefix.slice(0, -1).split('/').pop()! : '');
    return result;
  } catch (e) {
    if (e instanceof Stop) {
      result.failure = e.failure;
      return result;
    }
    throw e;
  }
}

function artifactDiff(a: Link, b: Link): string[] {
  const out = new Set<string>();
  for (const which of ['materials', 'products'] as const) {
    const x = a[which];
    const y = b[which];
    for (const p of new Set([...Object.keys(x), ...Object.keys(y)])) {
      if (encodeCanonical(x[p] ?? null) !== encodeCanonical(y[p] ?? null)) out.add(p);
    }
  }
  return [...out];
}

async function inspectionDir(ctx: Ctx): Promise<string> {
  const work = ctx.opts.workDir ?? process.cwd();
  if (ctx.opts.inspectInPlace) return work;
  if (ctx.scratch) return ctx.scratch;
  ctx.scratch = await mkdtemp(join(tmpdir(), 'mc-intoto-inspect-'));
  const skip = await excludeMatcher(['.git']);
  await cp(work, ctx.scratch, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (src) => {
      const rel = src.slice(work.length).replace(/^[\\/]+/, '');
      return rel === '' || !skip(rel);
    },
  });
  return ctx.scratch;
}

/** The summary link of a verified layout (verifylib.get_summary_link). */
function summaryLink(layout: Layout, reduced: Map<string, Link>, name: string): Link {
  if (!layout.steps.length) return { _type: 'link', name, materials: {}, products: {}, byproducts: {}, command: [], environment: {} };
  const first = reduced.get(layout.steps[0].name)!;
  const last = reduced.get(layout.steps[layout.steps.length - 1].name)!;
  if (hasAttachedIndex(first) || hasAttachedIndex(last)) {
    // links read by the scanner: the summary's artifacts stay indexes until read (most often never)
    const link = { _type: 'link', name } as Link;
    attachArtifactIndex(link, artifactIndexOf(first, 'materials'), artifactIndexOf(last, 'products'));
    return Object.assign(link, { byproducts: last.byproducts, command: last.command, environment: {} });
  }
  return {
    _type: 'link',
    name,
    materials: first.materials,
    products: last.products,
    byproducts: last.byproducts,
    command: last.command,
    environment: {},
  };
}

/**
 * Loads and verifies: reads the layout file, then {@link verifyLayout}.
 * @throws InputError when the layout file is unreadable or malformed (exit 2).
 */
export async function verifyLayoutFile(layoutPath: string, opts: VerifyOptions): Promise<VerifyResult> {
  let text: string;
  try {
    text = await readFile(layoutPath, 'utf8');
  } catch (e) {
    throw new InputError(layoutPath, undefined, 'a readable layout file', { found: (e as NodeJS.ErrnoException).code });
  }
  const md = parseMetadata(text, layoutPath);
  if (md.signed._type !== 'layout') throw new InputError(layoutPath, 'signed._type', "'layout'", { found: md.signed._type });
  return verifyLayout(md, opts);
}
