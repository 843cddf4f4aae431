/**
 * One of our elements for a Partner Center page, with an open shadow root holding our styles and a container, so that
 * neither the page's styles nor ours leak across.
 */
export function createShadowHost(
  hostName: string,
  css: string,
  containerClass?: string,
): { host: HTMLElement; container: HTMLElement } {
  const host = document.createElement(hostName);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  if (containerClass) container.className = containerClass;
  root.append(style, container);
  return { host, container };
}
