import { createSettingsStore } from '../settings/store';

/** The settings store on the real `storage.local`, for extension pages and the background. */
export const settingsStore = createSettingsStore(browser.storage.local, browser.storage.onChanged);
