// The SPA's script, bundled from client/ once per process and kept in memory.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY_POINT = fileURLToPath(new URL('./client/main.ts', import.meta.url));

let bundle: Promise<string> | undefined;

export function portalClientScript(): Promise<string> {
  bundle ??= bundleClient().catch((error: unknown) => {
    bundle = undefined;
    throw error;
  });
  return bundle;
}

async function bundleClient(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY_POINT],
    bundle: true,
    write: false,
    format: 'esm',
    target: ['chrome120', 'firefox128'],
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output for the portal client');
  return output.text;
}
