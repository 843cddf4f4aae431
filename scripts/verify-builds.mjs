// Checks what ships: the store builds name no local origin, and addons-linter finds nothing wrong with the Firefox build
// that comes from the project's own code.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const problems = [];
const LOCAL_ORIGIN = /127\.0\.0\.1|localhost|\[::1\]/;

// Tokens go only to Microsoft: the extension pages may connect to exactly these origins (lib/config/service-origins).
const STORE_CONNECT_SRC = "connect-src 'self' https://api.partnercenter.microsoft.com https://login.microsoftonline.com";
const extensionPagesPolicy = (manifest) => {
  const policy = manifest.content_security_policy;
  return typeof policy === 'string' ? policy : (policy?.extension_pages ?? '');
};
const connectSrc = (policy) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('connect-src')) ?? '';

for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
  const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8');
  if (LOCAL_ORIGIN.test(manifest)) problems.push(`${dir}/manifest.json names a local origin`);
  const found = connectSrc(extensionPagesPolicy(JSON.parse(manifest)));
  if (found !== STORE_CONNECT_SRC) problems.push(`${dir}/manifest.json CSP has "${found}" instead of "${STORE_CONNECT_SRC}"`);
}
for (const dir of ['.output/chrome-mv3-sandbox', '.output/firefox-mv2-sandbox']) {
  const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8');
  if (!manifest.includes('http://127.0.0.1/*')) problems.push(`${dir}/manifest.json lacks the sandbox origin`);
  const found = connectSrc(extensionPagesPolicy(JSON.parse(manifest)));
  if (found !== `${STORE_CONNECT_SRC} http://127.0.0.1:*`) problems.push(`${dir}/manifest.json CSP connect-src is "${found}"`);
}

// The project's own sources must not write HTML from strings; then an innerHTML warning can only come from a bundled library.
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const ownSources = ['entrypoints', 'components', 'lib'].flatMap(sourceFiles).map((file) => [file, readFileSync(file, 'utf8')]);
const sinks = ownSources
  .filter(([, text]) => /\binnerHTML\b|outerHTML\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/.test(text))
  .map(([file]) => file);
for (const file of sinks) problems.push(`${file} writes HTML from a string`);
// Likewise for code built from strings: none in our sources, so an eval warning can only come from a bundled library.
const evals = ownSources
  .filter(([, text]) => /\beval\s*\(|new Function\s*\(|\bFunction\s*\(\s*['"`]/.test(text))
  .map(([file]) => file);
for (const file of evals) problems.push(`${file} runs code built from a string`);
const VENDOR_ONLY = { UNSAFE_VAR_ASSIGNMENT: sinks.length === 0, DANGEROUS_EVAL: evals.length === 0 };

const report = JSON.parse(
  execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-input'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).replace(/^[^{]*/, ''),
);
const vendorWarnings = [];
for (const error of report.errors)
  problems.push(`web-ext lint error ${error.code}: ${error.message} (${error.file ?? ''}:${error.line ?? ''})`);
for (const warning of report.warnings) {
  const fromBundledLibrary = VENDOR_ONLY[warning.code] === true;
  if (fromBundledLibrary) vendorWarnings.push(warning);
  else problems.push(`web-ext lint warning ${warning.code}: ${warning.message} (${warning.file ?? ''}:${warning.line ?? ''})`);
}

console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${vendorWarnings.length} from bundled libraries: ${[...new Set(vendorWarnings.map((w) => w.file))].join(', ') || 'none'})`,
);
if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log(
  'builds verified: store manifests name no local origin and connect only to Microsoft, sandbox manifests add the loopback sandbox, lint clean for our code',
);
