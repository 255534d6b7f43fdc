/**
 * `mc`: the command-line face of MC Actions. Same core as the actions.
 * Exit codes: 0 passed, 1 failed, 2 unusable input or usage.
 */
import { ExitCode, describeError } from '../core/errors.js';
import type { CliIO } from './cli.js';
import { registry } from './commands/index.js';

function help(): string {
  const width = Math.max(...Object.keys(registry).map((k) => k.length));
  return (
    'usage: mc <command> [options]\n\ncommands:\n' +
    Object.entries(registry)
      .map(([k, v]) => `  ${k.padEnd(width)}  ${v.summary}`)
      .join('\n') +
    "\n\nmc <command> --help shows a command's usage.\n"
  );
}

/** Runs `mc` with the given arguments; returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIO): Promise<ExitCode> {
  const [word] = argv;
  if (!word || word === '--help' || word === '-h' || word === 'help') {
    io.stdout(help());
    return word ? ExitCode.Pass : ExitCode.Usage;
  }
  const entry = registry[word];
  if (!entry) {
    io.stderr(`mc: unknown command '${word}'\n${help()}`);
    return ExitCode.Usage;
  }
  try {
    const mod = await entry.load();
    // the longest command name that prefixes argv wins ("evidence pack" over "evidence")
    const matches = mod.commands
      .filter((c) => {
        const words = c.name.split(' ');
        return words.every((w, i) => argv[i] === w);
      })
      .sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
    const cmd = matches[0];
    if (!cmd) {
      const subs = mod.commands.filter((c) => c.name.split(' ')[0] === word);
      io.stderr(`mc ${word}: expected one of:\n${subs.map((c) => `  mc ${c.name}  ${c.summary}`).join('\n')}\n`);
      return ExitCode.Usage;
    }
    const rest = argv.slice(cmd.name.split(' ').length);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`usage: ${cmd.usage}\n\n${cmd.summary}\n`);
      return ExitCode.Pass;
    }
    return await cmd.run(rest, io);
  } catch (err) {
    const { message, exitCode } = describeError(err);
    io.stderr(`mc ${word}: ${message}\n`);
    return exitCode;
  }
}
