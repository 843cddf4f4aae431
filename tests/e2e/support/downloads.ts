import type { Tab } from './browser';

/** Makes the page keep what its next download link offers instead of saving it, so the test can read the file. */
export async function captureDownloads(tab: Tab): Promise<void> {
  await tab.evaluate(`(() => {
    window.capturedDownloads = [];
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) window.capturedDownloads.push({ name: this.download, href: this.href });
    };
  })()`);
}

/** The name and text of the latest download the page offered. */
export function lastDownload(tab: Tab): Promise<{ name: string; text: string } | null> {
  return tab.evaluate(`(async () => {
    const last = window.capturedDownloads.at(-1);
    return last ? { name: last.name, text: await (await fetch(last.href)).text() } : null;
  })()`);
}
