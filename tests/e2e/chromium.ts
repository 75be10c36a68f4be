import { accessSync, constants } from 'node:fs';

/** Where Debian puts Chromium (`apt-get install -y chromium`). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export type ChromiumLookup = { path: string; problem: null } | { path: null; problem: string };

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium the browser tests use: `CHROME_PATH` when it is set (and then only that one, so
 * a typo is reported rather than papered over), else Debian's `/usr/bin/chromium`.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    return isExecutable(fromEnv)
      ? { path: fromEnv, problem: null }
      : { path: null, problem: `Browser tests skipped: CHROME_PATH=${fromEnv} is not an executable Chromium (fix CHROME_PATH or unset it to use ${DEFAULT_CHROMIUM})` };
  }
  return isExecutable(DEFAULT_CHROMIUM)
    ? { path: DEFAULT_CHROMIUM, problem: null }
    : { path: null, problem: `Browser tests skipped: no Chromium found (set CHROME_PATH or install chromium: apt-get install -y chromium)` };
}

/** True when the run must not skip browser tests (CI). */
export function browserRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.REQUIRE_BROWSER === '1' || env.REQUIRE_BROWSER === 'true';
}
