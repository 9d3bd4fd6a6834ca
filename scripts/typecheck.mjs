// `npm run typecheck`: every tsconfig of the project, each its own tsc, two (or as many as there
// are cores) at a time. The five programs are independent, and one tsc uses one core: one after
// the other they left the second core of a CI machine idle for half a minute.
// Each config's output is printed whole, in the order below, and any failure fails the run.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The largest first, so that the last one to start is a short one.
const configs = ['tsconfig.json', 'tsconfig.renderer.json', 'tsconfig.preload.json', 'tsconfig.electron.json', 'tsconfig.shared.json'];
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const parallel = Math.max(2, Math.min(configs.length, availableParallelism()));

function check(config) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', config], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ config, code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ config, code: code ?? 1, output: signal ? `${output}tsc ended by ${signal}\n` : output }));
  });
}

const results = new Array(configs.length);
let next = 0;
async function lane() {
  while (next < configs.length) {
    const index = next++;
    results[index] = await check(configs[index]);
  }
}
await Promise.all(Array.from({ length: parallel }, lane));

let failed = 0;
for (const { config, code, output } of results) {
  process.stdout.write(`tsc -p ${config}: ${code === 0 ? 'ok' : 'failed'}\n${output}`);
  if (code !== 0) failed += 1;
}
process.exitCode = failed ? 1 : 0;
