import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // WXT's alias for the project's root, as the extension's build and tsconfig have it.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/sandbox/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
