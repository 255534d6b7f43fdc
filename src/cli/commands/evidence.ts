// evidence-pack commands: filled in by the evidence-pack work.
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../cli.js';
export const commands: CliCommand[] = [
  { name: 'evidence', summary: 'not built yet', usage: 'mc evidence', run: async () => { throw new UsageError('not built yet'); } },
];
