import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headerPolicyForBuild, nginxCspSnippet } from '../../scripts/nginx-csp';
import { siteConfigFor } from '../e2e/nginx';

const page = (policy: string) => `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}"><title>x</title></head></html>`;
const dirs: string[] = [];

function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-csp-test-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('headerPolicyForBuild', () => {
  it("is the pages' <meta> policy, decoded, plus frame-ancestors", () => {
    const meta = 'default-src &#39;self&#39;; style-src &#39;self&#39; &#39;sha256-abc=&#39;';
    const dist = build({ 'index.html': page(meta), 'assessment/one.html': page(meta), '.vite/ignored.html': 'no meta' });
    expect(headerPolicyForBuild(dist)).toBe("default-src 'self'; style-src 'self' 'sha256-abc='; frame-ancestors 'none'");
  });

  it('refuses a build whose pages carry different policies, or a page without one', () => {
    expect(() => headerPolicyForBuild(build({ 'index.html': page('a'), 'review.html': page('b') }))).toThrow(/different policies/);
    expect(() => headerPolicyForBuild(build({ 'index.html': page('a'), 'review.html': '<html></html>' }))).toThrow(/review\.html: expected one/);
    expect(() => headerPolicyForBuild(build({}))).toThrow(/no \.html page/);
  });
});

describe('nginxCspSnippet', () => {
  it('is one add_header line, sent on errors too', () => {
    expect(nginxCspSnippet("default-src 'self'")).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
  });

  it('refuses what nginx would read as the end of the string or a variable', () => {
    expect(() => nginxCspSnippet('default-src "x"')).toThrow();
    expect(() => nginxCspSnippet('default-src $x')).toThrow();
  });
});

describe('siteConfigFor (the browser test’s copy of deploy/nginx.conf)', () => {
  it('replaces the listen lines with one loopback port and the root, and nothing else', () => {
    const template = readFileSync('deploy/nginx.conf', 'utf8');
    const config = siteConfigFor(template, '/tmp/dist', 4567);
    expect(config.match(/^ *listen .*$/gm)).toEqual(['    listen 127.0.0.1:4567;']);
    expect(config.match(/^ *root .*$/gm)).toEqual(['    root /tmp/dist;']);
    const rest = (text: string) => text.split('\n').filter((line) => !/^ *(listen|root) /.test(line));
    expect(rest(config)).toEqual(rest(template));
  });

  it('fails when the template no longer has the lines it replaces', () => {
    expect(() => siteConfigFor('server {\n}\n', '/tmp/dist', 4567)).toThrow(/expected listen lines and one root line/);
  });
});
