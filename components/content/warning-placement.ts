import { createShadowHost } from './shadow-host';

/**
 * Puts the blocked-action warning just before the block of Partner Center's controls that start the blocked actions, in its
 * own shadow root; Partner Center's controls themselves are left untouched.
 */
export function createWarningPlacement(css: string, hostName: string) {
  let host: HTMLElement | null = null;
  return {
    hostName,
    placeBefore(block: Element, warning: HTMLElement): void {
      this.remove();
      const placed = createShadowHost(hostName, css, 'inline');
      placed.container.append(warning);
      host = placed.host;
      block.before(host);
    },
    remove(): void {
      host?.remove();
      host = null;
    },
  };
}
