// Placeholder until the opa gate lands: every command exits 2 (unusable), never a pass.
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../cli.js';

export const commands: CliCommand[] = [
  {
    name: 'opa',
    summary: 'not built yet',
    usage: 'mc opa',
    run: async () => {
      throw new UsageError('opa is not built yet');
    },
  },
];
