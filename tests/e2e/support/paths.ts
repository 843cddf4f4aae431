import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** The e2e tests drive the sandbox build: same code as the store build, plus the local sandbox origin. */
export const BUILDS = {
  chromium: resolve(ROOT, '.output/chrome-mv3-sandbox'),
  firefox: resolve(ROOT, '.output/firefox-mv2-sandbox'),
} as const;

export const BROWSER_BINARIES = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
} as const;

export type BrowserName = keyof typeof BUILDS;

export function requireBuild(name: BrowserName): string {
  const dir = BUILDS[name];
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No ${name} sandbox build at ${dir}: run "npm run build:sandbox" first`);
  }
  return dir;
}
