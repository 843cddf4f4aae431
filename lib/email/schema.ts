import { z } from 'zod';
import { isTrustedAcceptanceLink } from '../config/acceptance-link';
import { currentBuild, type Build } from '../config/build';
import { isCalendarDate, utcDay } from './dates';
import { InvitationInputError, invitationErrorKey, isInvitationErrorKey, type InvitationInputIssue } from './errors';
import { GUID_PATTERN } from '../tenant/tenant-id';
import { isPlainMultiLine, isSingleLine, PARTNER_ID_PATTERN } from './identifiers';
import { isRelationshipLink } from './links';
import { INVITATION_LOCALES } from './locales';

export const INVITATION_KINDS = [
  'accept-mca',
  'new-customer',
  'reseller-relationship',
  'indirect-provider-request',
  'attestation-notice',
  'acceptance-link',
] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

const key = invitationErrorKey;

/** Missing → `required`; present but of the wrong type → `invalid`. */
const missingOr = (name: Parameters<typeof key>[0]) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? key('required') : key(name)),
});

// Forms send '' for a field left empty: for an optional field that means "not given".
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const text = () => z.string(missingOr('invalid'));

const singleLine = (max: number) =>
  text()
    .trim()
    .min(1, { error: key('required') })
    .max(max, { error: key('tooLong') })
    .refine(isSingleLine, { error: key('singleLine') });

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const emailAddress = () =>
  text()
    .trim()
    .max(254, { error: key('tooLong') })
    .pipe(z.email({ error: key('email') }));

const tenantId = () =>
  text()
    .trim()
    .regex(GUID_PATTERN, { error: key('guid') });

const partnerId = () =>
  text()
    .trim()
    .regex(PARTNER_ID_PATTERN, { error: key('partnerId') });

const multiLine = (max: number) =>
  text()
    .trim()
    .max(max, { error: key('tooLong') })
    .refine(isPlainMultiLine, { error: key('invalid') });

const customerSchema = z.object(
  {
    companyName: singleLine(256),
    contactName: optional(singleLine(200)),
    email: optional(emailAddress()),
    tenantId: optional(tenantId()),
  },
  missingOr('invalid'),
);

const partnerSchema = z.object(
  {
    name: singleLine(256),
    tenantId: optional(tenantId()),
    signature: optional(multiLine(1000)),
    email: optional(emailAddress()),
  },
  missingOr('invalid'),
);

const credentialsSchema = z.object(
  {
    userName: singleLine(256),
    // Never trimmed: the password is whatever Partner Center showed, to the character.
    temporaryPassword: text()
      .min(1, { error: key('required') })
      .max(256, { error: key('tooLong') })
      .refine((value) => value.trim() !== '', { error: key('required') })
      .refine(isSingleLine, { error: key('singleLine') }),
  },
  missingOr('invalid'),
);

const signerSchema = (now: () => Date) =>
  z.object(
    {
      firstName: singleLine(100),
      lastName: singleLine(100),
      email: emailAddress(),
      phone: optional(singleLine(40)),
      dateAgreed: text()
        .trim()
        .refine(isCalendarDate, { error: key('date'), abort: true })
        // Partner Center refuses an acceptance date in the future; "today" is the UTC day.
        .refine((day) => day <= utcDay(now()), { error: key('dateInFuture') }),
    },
    missingOr('invalid'),
  );

/** Microsoft's acceptance link of an attestation, as Partner Center gave it, and when it stops working. */
const acceptanceSchema = (now: () => Date, build: Build) =>
  z.object(
    {
      url: text()
        .trim()
        .refine((url) => isTrustedAcceptanceLink(url, build), { error: key('acceptanceLink') }),
      expiresAt: text()
        .trim()
        .pipe(z.iso.datetime({ offset: true, error: key('instant') }))
        // An expired link would send the signer to a dead page (a value that is no instant is reported above, once).
        .refine((instant) => !(Date.parse(instant) <= now().getTime()), { error: key('linkExpired') }),
    },
    missingOr('invalid'),
  );

const countryCode = () =>
  text()
    .trim()
    .regex(/^[A-Za-z]{2}$/, { error: key('country') })
    .transform((code) => code.toUpperCase());

const common = {
  locale: z.enum(INVITATION_LOCALES, missingOr('locale')),
  customer: customerSchema,
  partner: partnerSchema,
};

/** The invitation input schema, judging "in the future" against `now()`, and acceptance links as `build` trusts them. */
export function createInvitationInputSchema(now: () => Date = () => new Date(), build: Build = currentBuild) {
  return z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('accept-mca'), ...common }),
      z.object({ kind: z.literal('new-customer'), ...common, credentials: credentialsSchema }),
      z
        .object({
          kind: z.literal('reseller-relationship'),
          ...common,
          /** The link from `GET /v1/customers/relationshiprequests`, when the caller has it. */
          relationshipUrl: optional(
            text()
              .trim()
              .refine(isRelationshipLink, { error: key('url') }),
          ),
          /** Set when the partner is an indirect reseller: the invitation then names its indirect provider. */
          indirectProviderTenantId: optional(tenantId()),
          resellerMpnId: optional(partnerId()),
        })
        .refine((input) => input.relationshipUrl !== undefined || input.partner.tenantId !== undefined, {
          error: key('partnerTenantIdOrUrl'),
          path: ['partner', 'tenantId'],
          when: (payload) => payload.issues.length === 0,
        }),
      z.object({
        kind: z.literal('indirect-provider-request'),
        ...common,
        customer: customerSchema.extend({ tenantId: tenantId() }),
        signer: signerSchema(now),
        /** Who receives the request: the indirect provider's name and address, when known. */
        indirectProvider: optional(
          z.object({ name: optional(singleLine(256)), email: optional(emailAddress()) }, missingOr('invalid')),
        ),
        resellerMpnId: optional(partnerId()),
      }),
      z.object({ kind: z.literal('attestation-notice'), ...common }),
      z.object({
        kind: z.literal('acceptance-link'),
        ...common,
        /** The country gives the time zone the link's expiry is written in. */
        customer: customerSchema.extend({ country: optional(countryCode()) }),
        /** The signer named in the attestation, who receives the email. */
        signer: signerSchema(now).pick({ firstName: true, lastName: true, email: true }),
        acceptance: acceptanceSchema(now, build),
      }),
    ],
    { error: (issue) => (issue.code === 'invalid_union' ? key('kind') : key('invalid')) },
  );
}

export const invitationInputSchema = createInvitationInputSchema();

export type InvitationInput = z.infer<typeof invitationInputSchema>;
export type InvitationInputOf<K extends InvitationKind> = Extract<InvitationInput, { kind: K }>;

/** Validates and normalises (trims, drops blank optional fields); throws one InvitationInputError listing every issue. */
export function parseInvitationInput(input: unknown, now: Date = new Date()): InvitationInput {
  const result = createInvitationInputSchema(() => now).safeParse(input);
  if (result.success) return result.data;
  const issues: InvitationInputIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
    messageKey: isInvitationErrorKey(issue.message) ? issue.message : key('invalid'),
  }));
  throw new InvitationInputError(issues);
}
