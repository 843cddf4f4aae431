import { defaultSettings } from '../settings/schema';
import { createSettingsStore } from '../settings/store';
import { isSandboxBuild } from '../config/build';

/** The settings store on the real `storage.local`, under the policy an MSP may push through `storage.managed`. */
export const settingsStore = createSettingsStore(browser.storage.local, browser.storage.onChanged, {
  managed: browser.storage.managed,
  defaults: defaultSettings(isSandboxBuild ? 'sandbox' : 'store'),
});
