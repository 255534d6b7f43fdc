/**
 * mc/intoto-verify action: verifies an in-toto supply chain (layout, links, inspections) and/or
 * in-toto attestations (Statement in DSSE) with SLSA provenance expectations. Writes outputs, a job
 * summary with a per-step table, a JSON verdict, and annotations on the layout line of a failing rule.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { runAction, workspacePath } from '../runtime/action-io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { expandPaths, readText, writeFileAtomic } from '../core/fsx.js';
import {
  attestationMarkdown,
  intotoSettings,
  parsePublicKeyFile,
  verifyAttestation,
  verifyJson,
  verifyLayoutFile,
  verifyMarkdown,
  type AttestationResult,
  type IntotoRawSettings,
  type KeyType,
  type SslibKey,
  type VerifyResult,
} from '../intoto/index.js';

async function keys(root: string, paths: string[], types: KeyType[]): Promise<SslibKey[]> {
  return Promise.all(
    paths.map(async (p, i) => parsePublicKeyFile(await readText(resolve(root, p), `${types[i]} public key`), types[i], p)),
  );
}

/** Line (1-based) of a failing rule in the layout text: the first line after the step's name holding the rule's pattern. */
function ruleLine(text: string, step: string | undefined, rule: string[] | undefined): number | undefined {
  if (!step || !rule) return undefined;
  const lines = text.split('\n');
  const name = step.split('/').pop()!;
  const start = lines.findIndex((l) => l.includes(JSON.stringify(name)) && /"name"/.test(l));
  const pat = JSON.stringify(rule[1] ?? '');
  const typ = JSON.stringify(rule[0]);
  for (let i = Math.max(0, start); i < lines.length; i++) {
    if (lines[i].includes(pat) && (lines[i].includes(typ) || (i > 0 && lines[i - 1].includes(typ)))) return i + 1;
  }
  return start >= 0 ? start + 1 : undefined;
}

/** The action input of each setting. */
const INPUT_NAMES: Record<keyof IntotoRawSettings, string> = {
  layoutKeys: 'layout-keys',
  keyTypes: 'key-types',
  params: 'params',
  attestationKeys: 'attestation-keys',
  attestationKeyTypes: 'attestation-key-types',
  attestationThreshold: 'attestation-threshold',
  externalParams: 'external-params',
};

runAction(async (io) => {
  const wd = io.input('working-directory');
  const root = wd ? resolve(io.workspace, wd) : io.workspace;
  const layout = io.input('layout');
  const envelopes = io.list('attestations');
  if (!layout && !envelopes.length) throw new UsageError("set input 'layout' (supply chain verification) and/or 'attestations'");
  const layoutKeyFiles = io.list('layout-keys');
  const attestationKeyFiles = io.list('attestation-keys');
  // every setting is checked before any work
  const settings = intotoSettings(
    {
      layoutKeys: layoutKeyFiles,
      keyTypes: io.list('key-types'),
      params: io.list('params'),
      attestationKeys: attestationKeyFiles,
      attestationKeyTypes: io.list('attestation-key-types'),
      attestationThreshold: io.input('attestation-threshold'),
      externalParams: io.list('external-params'),
    },
    (f) => `input '${INPUT_NAMES[f]}'`,
  );
  const rel = (p: string) => relative(io.workspace, resolve(root, p)) || p;
  const summary: string[] = [];
  let passed = true;
  let failMessage = '';
  let result: VerifyResult | undefined;
  if (layout) {
    if (!layoutKeyFiles.length) throw new UsageError("input 'layout-keys' is required with 'layout'");
    const layoutKeys = await keys(root, layoutKeyFiles, settings.layoutKeyTypes);
    result = await verifyLayoutFile(resolve(root, layout), {
      layoutKeys,
      linkDir: io.input('link-dir') ? resolve(root, io.input('link-dir')) : root,
      params: settings.params,
      workDir: root,
      inspectInPlace: io.bool('inspect-in-place', false),
      log: (m) => io.info(m),
    });
    result.layout.source = layout;
    summary.push(verifyMarkdown(result));
    for (const w of result.warnings) io.warning(w);
    if (!result.passed) {
      passed = false;
      const f = result.failure!;
      failMessage = `in-toto ${f.check}${f.step ? ` in ${f.step}` : ''}: ${f.message}`;
      const text = await readFile(resolve(root, layout), 'utf8').catch(() => '');
      io.annotate({
        level: 'error',
        title: `in-toto verification failed (${f.check})`,
        message: f.message,
        file: rel(layout),
        line: f.rule ? ruleLine(text, f.step, f.rule) : undefined,
      });
    }
    io.output('layout-passed', result.passed);
    io.output('failed-check', result.failure?.check ?? '');
    io.output('failed-step', result.failure?.step ?? '');
  }
  const atts: AttestationResult[] = [];
  if (envelopes.length) {
    if (!attestationKeyFiles.length) throw new UsageError("input 'attestation-keys' is required with 'attestations'");
    const attKeys = await keys(root, attestationKeyFiles, settings.attestationKeyTypes);
    const artifacts = await expandPaths(io.list('artifacts'), { root });
    if (!artifacts.length) throw new UsageError("input 'artifacts' is required with 'attestations' (the files they attest)");
    for (const env of envelopes) {
      const r = await verifyAttestation(
        await readText(resolve(root, env), 'attestation envelope'),
        env,
        attKeys,
        artifacts.map((a) => resolve(root, a)),
        {
          predicateTypes: io.list('predicate-types'),
          payloadTypes: io.list('payload-types'),
          threshold: settings.attestationThreshold,
          builderId: io.input('builder-id') || undefined,
          buildType: io.input('build-type') || undefined,
          sourceUri: io.input('source-uri') || undefined,
          sourceRef: io.input('source-ref') || undefined,
          externalParameters: settings.externalParameters,
        },
      );
      r.artifacts = r.artifacts.map((a) => ({ ...a, path: relative(root, a.path) }));
      atts.push(r);
      if (!r.passed) {
        passed = false;
        failMessage ||= `attestation ${env}: ${r.failure}`;
        io.annotate({ level: 'error', title: 'attestation verification failed', message: r.failure ?? 'failed', file: rel(env) });
      }
    }
    summary.push(attestationMarkdown(atts));
    io.output(
      'attestations-passed',
      atts.every((a) => a.passed),
    );
  }
  const report = io.input('report');
  const doc = { tool: 'mc/intoto-verify', passed, layout: result ? JSON.parse(verifyJson(result)) : undefined, attestations: atts };
  if (report) {
    await writeFileAtomic(resolve(root, report), JSON.stringify(doc, null, 2) + '\n');
    io.output('report', workspacePath(io.workspace, resolve(root, report)));
  }
  io.output('verdict', passed ? 'pass' : 'fail');
  io.output('passed', passed);
  io.summary(summary.join('\n'));
  return passed ? ExitCode.Pass : { exitCode: ExitCode.Fail, failMessage };
});
