// Placeholder until the config-attest gate lands: every command exits 2 (unusable), never a pass.
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../cli.js';

export const commands: CliCommand[] = [
  {
    name: 'config-attest',
    summary: 'not built yet',
    usage: 'mc config-attest',
    run: async () => {
      throw new UsageError('config-attest is not built yet');
    },
  },
];
