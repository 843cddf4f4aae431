import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // WXT's alias for the project's root, as the extension's build and tsconfig have it.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  // The unit tests talk to the loopback sandbox as the sandbox build does; what only the store build allows is tested by
  // passing the build to lib/config/service-origins explicitly.
  test: {
    env: { MODE: 'sandbox' },
    include: ['tests/unit/**/*.test.ts', 'tests/sandbox/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
