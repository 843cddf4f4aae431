/**
 * Puts the blocked-action warning just before the block of Partner Center's controls that start the blocked actions, in its
 * own shadow root so that neither the page's styles nor ours leak; Partner Center's controls themselves are left untouched.
 */
export function createWarningPlacement(css: string, hostName: string) {
  let host: HTMLElement | null = null;
  return {
    hostName,
    placeBefore(block: Element, warning: HTMLElement): void {
      this.remove();
      host = document.createElement(hostName);
      const root = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = css;
      const wrapper = document.createElement('div');
      wrapper.className = 'inline';
      wrapper.append(warning);
      root.append(style, wrapper);
      block.before(host);
    },
    remove(): void {
      host?.remove();
      host = null;
    },
  };
}
