/** Process entry of the `mc` CLI bundle: wires real stdio into `main`. */
import { main } from './main.js';

const code = await main(process.argv.slice(2), {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
