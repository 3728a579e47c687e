// Helpers for the scripts that drive a browser against this repository: a free port, and the demo server
// (scripts/demo.mjs) started on it, stopped when the calling process exits.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port nobody is listening on right now. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

/** Starts scripts/demo.mjs on a free port and resolves with its base URL once `readyPath` answers. */
export async function startDemoServer(readyPath) {
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/demo.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  process.on('exit', () => server.kill());
  const base = `http://localhost:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${base}/${readyPath}`)).ok) return base;
    } catch {
      if (tries > 50) throw new Error('the demo server did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
