// Registers the portal's custom elements, and tells TypeScript what createElement returns for them.
import { DATA_GRID_TAG, GRID_BUTTON_TAG, HeButton, HeDataGrid } from './he-data-grid';
import { PcAgreementSection } from './pc-agreement-section';
import { PcPage } from './pc-page';
import { PcShell } from './pc-shell';

declare global {
  interface HTMLElementTagNameMap {
    'pc-shell': PcShell;
    'pc-page': PcPage;
    'pc-agreement-section': PcAgreementSection;
    [DATA_GRID_TAG]: HeDataGrid;
    [GRID_BUTTON_TAG]: HeButton;
  }
}

export function definePortalElements(): void {
  customElements.define('pc-shell', PcShell);
  customElements.define('pc-page', PcPage);
  customElements.define('pc-agreement-section', PcAgreementSection);
  customElements.define(DATA_GRID_TAG, HeDataGrid);
  customElements.define(GRID_BUTTON_TAG, HeButton);
}
