// What the side panel's page is asked to open on by its address (`sidepanel.html?customer=…&attest=1&renew=…`), as the
// dashboard and the notifications open it. Anything that does not parse is ignored: the panel then follows its tab as usual.
import { attestationIdSchema } from '../messaging/attestation-schemas';
import { tenantIdSchema } from '../tenant/tenant-id-schema';

export interface PanelQuery {
  /** The customer to show instead of the tab's. */
  customer?: string;
  /** Open the attestation form for that customer. */
  attest: boolean;
  /** A new link for this expired attestation of that customer. */
  renew?: string;
}

export function parsePanelQuery(search: string): PanelQuery {
  const params = new URLSearchParams(search);
  const customer = tenantIdSchema.safeParse(params.get('customer'));
  if (!customer.success) return { attest: false };
  const renew = attestationIdSchema.safeParse(params.get('renew'));
  return {
    customer: customer.data,
    attest: params.get('attest') === '1',
    ...(renew.success ? { renew: renew.data } : {}),
  };
}
