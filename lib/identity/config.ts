// Session and sign-in limits in one place (OWASP ASVS 3.3: idle and absolute timeouts).
export const session = {
  cookie: "cited.session",
  /** A session not used for this long ends. */
  idleSeconds: 60 * 60,
  /** A session ends this long after sign-in, however busy. */
  absoluteSeconds: 12 * 60 * 60,
  /** The proxy re-issues the cookie (sliding the idle timeout) at most this often. */
  refreshAfterSeconds: 5 * 60,
} as const;

export const deviceCookie = { name: "cited.device", maxAgeSeconds: 365 * 24 * 60 * 60 } as const;

/** Fixed windows; see lib/auth/rate-limit.ts for what each counts. */
export const limits = {
  signInPerIp: { max: 100, windowSeconds: 15 * 60 },
  signInFailuresPerAccount: { max: 10, windowSeconds: 15 * 60 },
  /** For all the browsers that hold the account's device cookie together, whatever their address. */
  signInFailuresPerDevice: { max: 30, windowSeconds: 15 * 60 },
  signUpPerIp: { max: 20, windowSeconds: 60 * 60 },
} as const;
