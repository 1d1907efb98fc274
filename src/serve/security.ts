import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export const TOKEN_HEADER = 'X-Policywright-Token';

/** The app's own pages: scripts and styles from the app only; previews are sandboxed frames. */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // CodeMirror and the preview (which carries build's own stricter policy too) use inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

function same(a: string | undefined, b: string): boolean {
  if (typeof a !== 'string') return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const DENIED = (message: string) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>policywright: not allowed</title></head><body><main><h1>Not allowed</h1><p>${message}</p></main></body></html>`;

/**
 * Every request needs the token (from the address printed at start-up, then from a cookie only
 * this address can send); every change also needs it in a header, which another website cannot
 * add; and the Host header must name this server, so a look-alike domain cannot reach it.
 */
export function guard(token: string, allowedHosts: Set<string>, port: () => number): MiddlewareHandler {
  return async (c, next) => {
    const cookieName = `policywright_${port()}`;
    c.header('Content-Security-Policy', APP_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!allowedHosts.has('*') && !allowedHosts.has(host)) return c.html(DENIED('This address is not served here.'), 403);
    const fromQuery = c.req.query('token');
    const fromCookie = getCookie(c, cookieName);
    if (!same(fromQuery, token) && !same(fromCookie, token)) {
      return c.html(
        DENIED('Open the address that <code>policywright serve</code> printed, including the <code>?token=…</code> part.'),
        401,
      );
    }
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') {
      if (!same(c.req.header(TOKEN_HEADER), token))
        return c.json({ error: 'This change was refused: it did not come from the policywright page.' }, 403);
      const origin = c.req.header('origin');
      if (origin && !allowedHosts.has('*') && !allowedHosts.has(origin.replace(/^https?:\/\//, '').toLowerCase()))
        return c.json({ error: 'This change was refused: it came from another website.' }, 403);
    }
    if (same(fromQuery, token) && method === 'GET') {
      setCookie(c, cookieName, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      // Take the token out of the address bar (and so out of history and screenshots).
      if (c.req.path === '/') return c.redirect('/', 303);
    }
    await next();
  };
}
