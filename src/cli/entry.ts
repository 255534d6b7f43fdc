/** Process entry of the `mc` CLI bundle: wires real stdio into `main`. */
import { pipeSafeWriter } from './cli.js';
import { main } from './main.js';

// `mc … | head -1`: a reader that closes early ends the output quietly; the exit code is the gate's
const code = await main(process.argv.slice(2), {
  stdout: pipeSafeWriter(process.stdout),
  stderr: pipeSafeWriter(process.stderr),
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
