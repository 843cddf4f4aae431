// The messages a Partner Center page's content script sends, apart from the others so that the script bundles only their
// schemas (the content script has a size budget); the full protocol includes them.
import * as z from 'zod/mini';
import { UI_LOCALES } from '../i18n/locale';
import { MCA_STATUSES } from '../mca/types';
import { tenantIdSchema } from '../tenant/tenant-id-schema';
import { apiReadingSchema } from './account-schemas';
import { assessmentSchema, evidencePieceSchema, pageIdentitySchema, pageReadingSchema } from './assessment-schema';

/** One message: what the caller sends and what the background answers, both parsed at the receiving end. */
export const message = <Req extends z.ZodMiniType, Res extends z.ZodMiniType>(request: Req, response: Res) => ({
  request,
  response,
});

const extensionPage = z.enum(['dashboard', 'options', 'popup', 'sidepanel']);
export type ExtensionPage = z.infer<typeof extensionPage>;

/** The most statuses asked at once: more rows than a page of Partner Center's grid is expected to show (to be confirmed). */
export const LISTED_CUSTOMERS_MAX = 500;

export const contentProtocol = {
  /** Opens the Chrome side panel / Firefox sidebar next to the sender's tab. Must run inside the user's click. */
  openSidePanel: message(z.object({ tenantId: z.optional(tenantIdSchema) }), z.object({ opened: z.boolean() })),
  /** Opens a full-tab extension page. */
  openExtensionPage: message(
    z.object({ page: extensionPage, query: z.optional(z.record(z.string(), z.string())) }),
    z.object({ tabId: z.optional(z.number()) }),
  ),
  /**
   * The customer's MCA status from everything known about it; what the Account page shows, when the sender read it, is
   * kept as evidence first, and who the customer is, when the page showed it, joins its record. Answers in the UI language
   * so that pages need not read the settings.
   */
  getCustomerStatus: message(
    z.object({
      tenantId: tenantIdSchema,
      page: z.optional(pageReadingSchema),
      identity: z.optional(pageIdentitySchema),
      refresh: z.optional(z.boolean()),
      localOnly: z.optional(z.boolean()),
    }),
    z.object({
      tenantId: z.string(),
      uiLocale: z.enum(UI_LOCALES),
      assessment: assessmentSchema,
      evidence: z.array(evidencePieceSchema),
      api: apiReadingSchema,
    }),
  ),
  /**
   * The statuses of the customers a Partner Center list shows, from local records only (customers never checked are left
   * out), and whether someone is signed in to check them through the API (by getCustomerStatus with refresh, one by one).
   */
  getListedStatuses: message(
    z.object({ tenantIds: z.array(tenantIdSchema).check(z.maxLength(LISTED_CUSTOMERS_MAX)) }),
    z.object({
      uiLocale: z.enum(UI_LOCALES),
      signedIn: z.boolean(),
      statuses: z.array(
        z.object({ tenantId: z.string(), status: z.enum(MCA_STATUSES), atRisk: z.boolean(), evidenceAt: z.optional(z.string()) }),
      ),
    }),
  ),
};
