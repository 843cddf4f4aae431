import type { Tab } from './browser';

/**
 * Makes the page keep what its next download link offers instead of saving it, so the test can read the file. The file's
 * blob is kept as the page makes its URL: the extension pages' CSP allows no fetch but to Partner Center, blob: URLs included.
 */
export async function captureDownloads(tab: Tab): Promise<void> {
  await tab.evaluate(`(() => {
    window.capturedDownloads = [];
    window.capturedBlobs = new Map();
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => {
      const url = createObjectURL(blob);
      window.capturedBlobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) window.capturedDownloads.push({ name: this.download, href: this.href });
    };
  })()`);
}

/** The name and text of the latest download the page offered. */
export function lastDownload(tab: Tab): Promise<{ name: string; text: string } | null> {
  return tab.evaluate(`(async () => {
    const last = window.capturedDownloads.at(-1);
    const blob = last && window.capturedBlobs.get(last.href);
    return last ? { name: last.name, text: blob ? await blob.text() : '' } : null;
  })()`);
}
