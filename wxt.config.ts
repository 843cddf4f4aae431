import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { microsoftOrigins } from './lib/config/service-origins';
import { SANDBOX_CONNECT_SOURCE, SANDBOX_MATCHES, STORE_HOST_PERMISSIONS } from './lib/config/origins';

const isSandbox = (mode: string) => mode === 'sandbox';
// WXT's own `browser`: the browser's promise-based API as it is (Firefox's `browser`, Chrome's `chrome`).
const nativeBrowser = createRequire(import.meta.url).resolve('wxt/browser');

/** Extension pages and the background may connect only to the origins tokens may go to (lib/config/service-origins). */
const connectSources = (mode: string) => [
  "'self'",
  ...microsoftOrigins('api'),
  ...microsoftOrigins('sign-in'),
  ...(isSandbox(mode) ? [SANDBOX_CONNECT_SOURCE] : []),
];
const extensionPagesPolicy = (mode: string) =>
  `script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; connect-src ${connectSources(mode).join(' ')}`;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'identity', 'alarms', 'notifications'],
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    host_permissions: [...STORE_HOST_PERMISSIONS, ...(isSandbox(mode) ? SANDBOX_MATCHES : [])],
    content_security_policy: browser === 'firefox' ? extensionPagesPolicy(mode) : { extension_pages: extensionPagesPolicy(mode) },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'mca-assistant@partner-tools.example',
              strict_min_version: '140.0',
              // Signer names and emails go to Partner Center when the user attests or looks a customer up.
              data_collection_permissions: { required: ['personallyIdentifyingInfo'] },
            },
            // Firefox for Android reads the data collection key from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
  hooks: {
    // The content script runs on every Partner Center page and only sends messages, which both browsers promise natively:
    // it goes without the polyfill the other entry points use (a tenth of its size).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias: unknown = config.resolve?.alias ?? {};
      const others = Array.isArray(alias)
        ? (alias as { find: string | RegExp; replacement: string }[])
        : Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: nativeBrowser }, ...others] };
    },
    // The content script's matches come from its entrypoint; the sandbox build also runs it on the sandbox origin.
    'build:manifestGenerated': (wxt, manifest) => {
      if (!isSandbox(wxt.config.mode)) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...SANDBOX_MATCHES];
      }
    },
  },
});
