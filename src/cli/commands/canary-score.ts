// Placeholder until the canary-score gate lands: every command exits 2 (unusable), never a pass.
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../cli.js';

export const commands: CliCommand[] = [
  {
    name: 'canary-score',
    summary: 'not built yet',
    usage: 'mc canary-score',
    run: async () => {
      throw new UsageError('canary-score is not built yet');
    },
  },
];
