import type { SandboxClock } from '../clock';
import type { AppRegistry } from './apps';
import type { GrantStore } from './grants';
import type { TokenIssuer } from './jwt';
import type { SessionStore } from './session';

/** What the sign-in endpoints share. */
export interface AuthServices {
  origin: string;
  clock: SandboxClock;
  apps: AppRegistry;
  grants: GrantStore;
  sessions: SessionStore;
  issuer: TokenIssuer;
}
