import type { Tab } from './browser';

interface TabsApi {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
}

/** The id of the tab whose URL starts with `url`, asked from an extension page (the side panel follows a tab by id). */
export function tabIdOf(extensionPage: Tab, url: string): Promise<number> {
  return extensionPage.run(async (wanted) => {
    const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const tabs = await (scope.browser ?? scope.chrome).tabs.query({});
    return tabs.find((tab) => tab.url?.startsWith(wanted))?.id ?? -1;
  }, url);
}
