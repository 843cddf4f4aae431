import { isActionControlLabel } from './action-controls';
import { deepElements } from './account-page-dom';

/**
 * The block that holds the first control starting a blocked action (its parent), so that the warning can stand just before
 * it; null while the page has not rendered one. Elements of the extension's own overlay are never candidates.
 */
export function findActionControlsBlock(document: Document, ownHostName: string): Element | null {
  for (const element of deepElements(document)) {
    if (element.localName === ownHostName) continue;
    if ((element.localName === 'button' || element.localName === 'a') && isActionControlLabel(element.textContent ?? '')) {
      return element.parentElement;
    }
  }
  return null;
}
