// The people who can sign in to the sandbox, and the tenants they belong to.
import { SANDBOX_PARTNER_TENANT_ID as PARTNER_TENANT_ID } from '@/lib/config/sandbox';

/** The sandbox partner: an indirect provider (and direct-bill partner) whose customers the data generator makes. */
export { PARTNER_TENANT_ID };
export const PARTNER_DOMAIN = 'contosopartner.onmicrosoft.com';
export const PARTNER_NAME = 'Contoso Cloud Partners';

/** An indirect reseller of the sandbox partner, with its own tenant; some customers are associated with it. */
export const INDIRECT_RESELLER_TENANT_ID = '7e6d5c4b-3a29-4187-9f6e-5d4c3b2a1908';
export const INDIRECT_RESELLER_DOMAIN = 'fabrikamreseller.onmicrosoft.com';
/** The reseller's MPN / partner location id, as the indirect-reseller relationship link carries it. */
export const INDIRECT_RESELLER_MPN_ID = '6543210';

/** Partner Center roles that matter for agreements: admin and sales agents may read and attest; resellers may not attest. */
export type PartnerRole = 'AdminAgent' | 'SalesAgent' | 'IndirectReseller';

export interface SandboxUser {
  /** The value of the sign-in form's `user` field. */
  key: string;
  oid: string;
  tenantId: string;
  name: string;
  username: string;
  role: PartnerRole;
  /** Whether signing in satisfies MFA (`amr` then contains `mfa`). */
  mfa: boolean;
  description: string;
}

export const SANDBOX_USERS: readonly SandboxUser[] = [
  {
    key: 'admin-agent',
    oid: 'a0d1e2f3-0001-4000-8000-00000000ad01',
    tenantId: PARTNER_TENANT_ID,
    name: 'Camille Lefèvre',
    username: `camille.lefevre@${PARTNER_DOMAIN}`,
    role: 'AdminAgent',
    mfa: true,
    description: 'Admin agent, MFA',
  },
  {
    key: 'sales-agent',
    oid: 'a0d1e2f3-0002-4000-8000-000000005a02',
    tenantId: PARTNER_TENANT_ID,
    name: "Sam O'Connor",
    username: `sam.oconnor@${PARTNER_DOMAIN}`,
    role: 'SalesAgent',
    mfa: true,
    description: 'Sales agent, MFA',
  },
  {
    key: 'indirect-reseller',
    oid: 'a0d1e2f3-0003-4000-8000-00000000e503',
    tenantId: INDIRECT_RESELLER_TENANT_ID,
    name: 'Inès Moreau',
    username: `ines.moreau@${INDIRECT_RESELLER_DOMAIN}`,
    role: 'IndirectReseller',
    mfa: true,
    description: 'Indirect reseller admin, MFA',
  },
  {
    key: 'no-mfa',
    oid: 'a0d1e2f3-0004-4000-8000-00000000f404',
    tenantId: PARTNER_TENANT_ID,
    name: 'Noah Becker',
    username: `noah.becker@${PARTNER_DOMAIN}`,
    role: 'AdminAgent',
    mfa: false,
    description: 'Admin agent without MFA',
  },
];

export function findUser(key: string): SandboxUser | undefined {
  return SANDBOX_USERS.find((user) => user.key === key);
}

/** Former partner staff, named as `userId` on older attestations. */
export const FORMER_STAFF_OIDS = ['b1c2d3e4-0005-4000-8000-0000000f0e05', 'b1c2d3e4-0006-4000-8000-0000000f0e06'] as const;
