// Placeholder until the grounding-check gate lands: every command exits 2 (unusable), never a pass.
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../cli.js';

export const commands: CliCommand[] = [
  {
    name: 'grounding-check',
    summary: 'not built yet',
    usage: 'mc grounding-check',
    run: async () => {
      throw new UsageError('grounding-check is not built yet');
    },
  },
];
