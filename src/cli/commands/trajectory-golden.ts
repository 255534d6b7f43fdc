// Placeholder until the trajectory-golden gate lands: every command exits 2 (unusable), never a pass.
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../cli.js';

export const commands: CliCommand[] = [
  {
    name: 'trajectory-golden',
    summary: 'not built yet',
    usage: 'mc trajectory-golden',
    run: async () => {
      throw new UsageError('trajectory-golden is not built yet');
    },
  },
];
