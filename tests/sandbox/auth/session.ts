// The sign-in session cookie that lets `prompt=none` succeed after an interactive sign-in, as Entra's own cookie does.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'sandbox_session';
/** Like Entra's persistent sign-in session: it outlives the 24-hour refresh tokens of single-page apps, so silent sign-in can renew them. */
export const SESSION_LIFETIME_MS = 7 * 24 * 3_600_000;

interface Session {
  userKey: string;
  expiresAt: number;
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  /** Starts a session and returns the Set-Cookie header value. */
  start(userKey: string, now: number): string {
    const id = randomBytes(24).toString('base64url');
    this.sessions.set(id, { userKey, expiresAt: now + SESSION_LIFETIME_MS });
    return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`;
  }

  signedInUser(req: IncomingMessage, now: number): string | undefined {
    const id = readCookie(req, SESSION_COOKIE);
    const session = id === undefined ? undefined : this.sessions.get(id);
    return session && session.expiresAt > now ? session.userKey : undefined;
  }
}
