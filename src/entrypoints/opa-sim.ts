/**
 * The opa-sim action: a fail-closed Rego policy gate (thin entrypoint over src/opa).
 * Exit 0 every input allowed, 1 any denied or undefined, 2 unusable input, policies that do not
 * compile, or an evaluation error.
 */
import { runAction, workspacePath } from '../runtime/action-io.js';
import { ExitCode } from '../core/errors.js';
import {
  DEFAULT_POLICY_DIR,
  PolicyCompileError,
  actionCacheDir,
  annotations,
  opaSettings,
  runOpaSim,
  summaryMarkdown,
  textReport,
} from '../opa/index.js';

await runAction(async (io) => {
  const policy = io.list('policy');
  const settings = opaSettings(
    {
      policy: policy.length ? policy : [DEFAULT_POLICY_DIR],
      decision: io.input('decision'),
      reasons: io.input('reasons'),
      namespaces: io.list('namespace'),
      allNamespaces: io.bool('all-namespaces', false),
      failOnWarn: io.bool('fail-on-warn', false),
      v0Compatible: io.bool('v0-compatible', false),
    },
    (f) =>
      `input '${{ policy: 'policy', decision: 'decision', reasons: 'reasons', namespaces: 'namespace', allNamespaces: 'all-namespaces', failOnWarn: 'fail-on-warn', v0Compatible: 'v0-compatible' }[f]}'`,
  );
  try {
    const report = await runOpaSim({
      ...settings,
      data: io.list('data'),
      input: io.list('input'),
      inputs: io.list('inputs'),
      config: io.list('config'),
      report: io.input('report') || undefined,
      sarif: io.input('sarif') || undefined,
      junit: io.input('junit') || undefined,
      decisionLog: io.input('decision-log') || undefined,
      // the policy compile cache under $RUNNER_TEMP (later opa-sim steps of the job reuse it)
      cacheDir: io.bool('compile-cache', true) ? actionCacheDir(io.env) : undefined,
      cwd: io.workspace,
    });
    io.info(textReport(report).trimEnd());
    for (const a of annotations(report)) io.annotate(a);
    io.summary(summaryMarkdown(report));
    const s = report.summary;
    io.output('passed', report.passed ? 'true' : 'false');
    io.output('allowed', String(s.allowed));
    io.output('denied', String(s.denied + s.undefined));
    io.output('errors', String(s.errors));
    io.output('warnings', String(s.warnings));
    io.output('policy-sha256', report.policy.sha256);
    for (const name of ['report', 'sarif', 'decision-log'])
      if (io.input(name)) io.output(name, workspacePath(io.workspace, io.input(name)));
    return {
      exitCode: report.exitCode,
      failMessage: `opa-sim: ${s.denied + s.undefined} of ${s.inputs} inputs denied`,
    };
  } catch (e) {
    if (!(e instanceof PolicyCompileError)) throw e;
    for (const er of e.errors) {
      io.annotate({
        level: 'error',
        title: `opa-sim: ${er.code}`,
        message: er.message,
        file: er.location?.file,
        line: er.location?.row,
        col: er.location?.col,
      });
    }
    io.summary(
      `### opa-sim: error (fail closed)\n\nThe policy does not compile:\n\n${e.errors.map((er) => `- \`${er.location ? `${er.location.file}:${er.location.row}:${er.location.col}` : ''}\` ${er.code}: ${er.message}`).join('\n')}\n`,
    );
    io.output('passed', 'false');
    return ExitCode.Usage;
  }
});
