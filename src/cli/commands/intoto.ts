// Placeholder until the intoto gate lands: every command exits 2 (unusable), never a pass.
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../cli.js';

export const commands: CliCommand[] = [
  {
    name: 'intoto',
    summary: 'not built yet',
    usage: 'mc intoto',
    run: async () => {
      throw new UsageError('intoto is not built yet');
    },
  },
];
