// The single-page app: renders the page for the current URL and navigates with the History API, without reloads.
import { parsePortalPath, portalPath } from '../route';
import type { PortalLocation } from '../route';
import type { PcShell } from './components/pc-shell';
import { internalLinkTarget } from './internal-link';
import type { PageContext } from './pages/page';
import { renderRoute } from './pages/render-route';
import { stringsFor } from './strings';

// Partner Center shows its loading state for a moment on every navigation; content scripts must cope with content that comes later.
const MINIMUM_LOADING_MS = 150;

const UNKNOWN_LOCATION: PortalLocation = { locale: '', language: 'en', route: { page: 'unknown' } };

export function startPortalApp(shell: PcShell): void {
  let latestRender = 0;

  const navigate = (url: string) => {
    history.pushState(null, '', url);
    window.scrollTo(0, 0);
    void render(true);
  };

  async function render(focusHeading: boolean): Promise<void> {
    const renderId = ++latestRender;
    const location = parsePortalPath(window.location.pathname) ?? UNKNOWN_LOCATION;
    const strings = stringsFor(location.language);
    const context: PageContext = {
      strings,
      location,
      search: new URLSearchParams(window.location.search),
      href: (route) => portalPath(location.locale, route),
      navigate,
      reload: () => void render(true),
    };
    document.documentElement.lang = strings.locale;
    document.title = strings.productName;
    shell.setChrome(strings, context.href({ page: 'customer-list' }));
    const page = document.createElement('pc-page');
    page.showLoading(strings.loading);
    shell.showPage(page);

    const [rendered] = await Promise.all([
      renderRoute(context),
      new Promise((resolve) => setTimeout(resolve, MINIMUM_LOADING_MS)),
    ]);
    if (renderId !== latestRender) return;
    page.show(rendered.content);
    document.title = `${rendered.title} - ${strings.productName}`;
    if (focusHeading) page.focusHeading();
  }

  document.addEventListener('click', (event) => {
    const target = internalLinkTarget(event);
    if (target === undefined) return;
    event.preventDefault();
    navigate(target);
  });
  window.addEventListener('popstate', () => void render(false));
  void render(false);
}
