// Placeholder until the opa-sim gate lands: every command exits 2 (unusable), never a pass.
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../cli.js';

export const commands: CliCommand[] = [
  {
    name: 'opa-sim',
    summary: 'not built yet',
    usage: 'mc opa-sim',
    run: async () => {
      throw new UsageError('opa-sim is not built yet');
    },
  },
];
