import * as z from 'zod/mini';
import { GUID_PATTERN, tenantKey } from './tenant-id';

/** A customer's tenant id where it crosses a boundary: a GUID in any letter case, given on in lower case. */
export const tenantIdSchema = z.pipe(z.string().check(z.regex(GUID_PATTERN)), z.transform(tenantKey));
