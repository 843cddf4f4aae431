import type { HandlerContext } from '../messaging';

/** Who may send this page or worker a message: only this extension's own pages and worker. */
export function thisExtension(): HandlerContext {
  return { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
}

/** The address the sign-in returns to, registered with the partner's app. */
export function signInRedirectUri(): string {
  return browser.identity.getRedirectURL();
}
