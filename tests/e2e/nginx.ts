import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { headerPolicyForBuild, nginxCspSnippet } from '../../scripts/nginx-csp';

/** Where Debian puts nginx (`apt-get install -y nginx-light`); not on a non-root user's PATH. */
export const DEFAULT_NGINX = '/usr/sbin/nginx';

export type NginxLookup = { path: string; problem: null } | { path: null; problem: string };

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `NGINX_PATH` when it is set (and then only that one), else `nginx` on the PATH, else Debian's. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): NginxLookup {
  const fromEnv = env.NGINX_PATH?.trim();
  if (fromEnv) {
    return isExecutable(fromEnv) ? { path: fromEnv, problem: null } : { path: null, problem: `nginx tests skipped: NGINX_PATH=${fromEnv} is not an executable nginx (fix NGINX_PATH or unset it)` };
  }
  const candidates = [
    ...(env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, 'nginx')),
    DEFAULT_NGINX,
  ];
  const found = candidates.find(isExecutable);
  return found ? { path: found, problem: null } : { path: null, problem: 'nginx tests skipped: no nginx found (set NGINX_PATH or install nginx: apt-get install -y nginx-light)' };
}

/** The site config as the test serves it: deploy/nginx.conf with its `listen` and `root` lines replaced. */
export function siteConfigFor(template: string, root: string, port: number): string {
  let listens = 0;
  let roots = 0;
  const config = template
    .replace(/^( *)listen [^;\n]+;\n/gm, (_line, indent: string) => (listens++ === 0 ? `${indent}listen 127.0.0.1:${port};\n` : ''))
    .replace(/^( *)root [^;\n]+;$/gm, (_line, indent: string) => {
      roots++;
      return `${indent}root ${root};`;
    });
  // deploy/nginx.conf changed shape: say so rather than serve something else.
  if (listens === 0 || roots !== 1) throw new Error(`deploy/nginx.conf: expected listen lines and one root line, found ${listens} and ${roots}`);
  return config;
}

/** Temp paths nginx creates at start-up, by module; Debian's defaults are under /var/lib/nginx. */
const TEMP_PATHS: [directive: string, module: string][] = [
  ['client_body_temp_path', ''],
  ['proxy_temp_path', 'http_proxy'],
  ['fastcgi_temp_path', 'http_fastcgi'],
  ['uwsgi_temp_path', 'http_uwsgi'],
  ['scgi_temp_path', 'http_scgi'],
];

/**
 * The main config around the site: everything nginx writes (pid, logs, temp files) in `dir`,
 * nothing in /etc or /var, so it runs as root or not. mime.types is Debian's (read only).
 */
function mainConfig(nginx: string, dir: string): string {
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const built = `${version.stdout}${version.stderr}`;
  const temp = TEMP_PATHS.filter(([, module]) => module === '' || !built.includes(`--without-${module}_module`)).map(([directive]) => `    ${directive} ${join(dir, directive)};`);
  return [
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 64; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    access_log off;',
    ...temp,
    `    include ${join(dir, 'site.conf')};`,
    '}',
    '',
  ].join('\n');
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolveConnect) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolveConnect(true);
    });
    socket.once('error', () => resolveConnect(false));
  });
}

export type NginxServer = { url: string; log: () => string; stop: () => Promise<void> };

/** Resolves once nginx accepts connections; rejects, with its output, if it exits before. */
async function waitUntilListening(child: ChildProcess, port: number, output: () => string): Promise<void> {
  let exited: string | null = null;
  child.once('exit', (code, signal) => {
    exited = `nginx exited (${signal ?? `code ${code}`}) before it listened:\n${output()}`;
  });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(exited);
    if (await canConnect(port)) return;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(`nginx did not listen on 127.0.0.1:${port} within 15 s:\n${output()}`);
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Serves `distDir` with nginx in the foreground on a free loopback port, with deploy/nginx.conf,
 * deploy/security-headers.conf and the CSP snippet written from the build, laid out as in
 * /etc/nginx (relative includes resolve against the main config's folder).
 */
export async function startNginx(nginx: string, distDir: string): Promise<NginxServer> {
  const dir = mkdtempSync(join(tmpdir(), 'staffing-readiness-nginx-'));
  // Run as root, nginx's workers are `nobody`: they must be able to reach the files.
  chmodSync(dir, 0o755);
  const snippets = join(dir, 'snippets', 'staffing-readiness');
  mkdirSync(snippets, { recursive: true });
  writeFileSync(join(snippets, 'security-headers.conf'), readFileSync('deploy/security-headers.conf'));
  writeFileSync(join(snippets, 'csp.conf'), nginxCspSnippet(headerPolicyForBuild(distDir)));
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(nginx, dir));
  const template = readFileSync('deploy/nginx.conf', 'utf8');

  let lastError: unknown;
  // A port found free can be taken by someone else before nginx binds it: try another one.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    writeFileSync(join(dir, 'site.conf'), siteConfigFor(template, resolve(distDir), port));
    let output = '';
    const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await waitUntilListening(child, port, () => output);
      return {
        url: `http://127.0.0.1:${port}`,
        log: () => output,
        stop: async () => {
          await stopped(child);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      lastError = error;
      await stopped(child);
      if (!output.includes('Address already in use')) break;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  throw lastError;
}
