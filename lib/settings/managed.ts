// `storage.managed`: settings an administrator pushes to every member of staff (public/managed-schema.json). The policy
// keys are the settings' own names, at the top level of the managed area.
import { parseFieldByField, type Settings, type SettingsField } from './schema';

/** The part of `storage.managed` the settings need. */
export interface ManagedAreaLike {
  get(): Promise<Record<string, unknown>>;
}

export interface ManagedPolicy {
  values: Partial<Settings>;
  /** Policy keys whose value is not valid: ignored, the user's own value applies. */
  rejected: SettingsField[];
}

export const NO_POLICY: ManagedPolicy = { values: {}, rejected: [] };

/** Bad values are dropped field by field; unknown keys are ignored. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  return parseFieldByField(raw);
}

/** Firefox rejects the read when no policy is installed, and Chrome may too outside a managed profile: both mean no policy. */
export async function readManagedPolicy(area: ManagedAreaLike | undefined): Promise<ManagedPolicy> {
  if (!area) return NO_POLICY;
  try {
    return parseManagedPolicy(await area.get());
  } catch {
    return NO_POLICY;
  }
}
