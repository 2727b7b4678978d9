// `npm run dev`: the api (ts-node, PORT or 3000) and the console's Vite dev server (WEB_PORT or 5173,
// hot reload) side by side. Open the console on Vite's port: it proxies the api's paths to the api.
// Ctrl+C stops both; when one exits, the other is stopped too.
const { spawn } = require('node:child_process');

const children = [
  ['api', ['run', 'dev:api']],
  ['web', ['run', 'dev:web']],
].map(([name, args]) => {
  const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
    stdio: 'inherit',
    env: { ...process.env, API_PORT: process.env.PORT ?? '3000' },
  });
  child.on('exit', (code, signal) => {
    console.error(`[dev] ${name} exited (${signal ?? code}); stopping the other.`);
    stop(code ?? 1);
  });
  return child;
});

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
