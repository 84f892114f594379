/**
 * `npm test` runs browser tests in Debian's Chromium. On a fresh Debian machine
 * where we are root, install it with apt; otherwise say exactly what to do.
 * Never downloads a browser of its own.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browser)) {
  const root = process.getuid?.() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (root && apt) {
    console.log(`${browser} is missing: installing Debian's chromium for the browser tests…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', 'chromium'],
    ]) {
      const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (run.status !== 0) process.exit(run.status ?? 1);
    }
  } else {
    console.error(
      `The browser tests need Chromium at ${browser}. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
    process.exit(1);
  }
}
