/** `npm run serve`: serves dist/ at http://127.0.0.1:4321 under ARCHIVE_BASE, like any static host. */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { serveStatic } from './lib/static-server.ts';
import { archiveBase } from '../src/lib/site/env.ts';

const root = resolve(process.argv[2] ?? 'dist');
if (!existsSync(root)) {
  console.error(`${root} does not exist: run "npm run build" first.`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
try {
  const served = await serveStatic(root, { base: archiveBase(), port });
  console.log(`Serving ${root} at ${served.url} (Ctrl+C to stop)`);
} catch (error) {
  const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(
    inUse ? `Port ${port} is already in use: stop the other server, or choose another port with PORT=8080 npm run serve.` : String(error),
  );
  process.exit(1);
}
