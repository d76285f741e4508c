/**
 * Finds the Chromium the browser tests drive. Playwright cannot download browsers on these
 * machines, so we use Debian's: CHROMIUM_PATH wins, then the usual paths; run as a script,
 * it installs Debian's package when it can (root with apt-get) and otherwise says how.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const INSTRUCTION =
  'Chromium not found: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/**
 * The flags every automated run gives Chromium (tests, benchmarks, Lighthouse): no sandbox, which
 * needs user namespaces that containers lack; no GPU; and nothing fetched in the background, so
 * no request leaves the machine and timings are the page's own.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The browser binary, or undefined if there is none. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function canInstall() {
  try {
    execFileSync('which', ['apt-get'], { stdio: 'ignore' });
    return process.getuid?.() === 0;
  } catch {
    return false;
  }
}

function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (!canInstall()) {
    console.error(INSTRUCTION);
    process.exit(1);
  }
  console.log("Chromium not found; installing Debian's chromium package (about 30 s)…");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium();
  if (!installed) {
    console.error(INSTRUCTION);
    process.exit(1);
  }
  return installed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`Browser for tests: ${ensureChromium()}`);
}
