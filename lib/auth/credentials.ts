import "server-only";
// Sign-in and sign-up, independent of HTTP so that the server actions, the JSON route and the
// tests share them. Both answer the same way and take about as long whether or not the email
// has an account (ASVS 2.2 / 3.x: no account enumeration).
import { env } from "@/lib/env";
import { limits } from "@/lib/identity/config";
import { deviceTrusted } from "@/lib/identity/device";
import { hashPassword, verifyPassword } from "@/lib/identity/password";
import { count, forget, retryAfter, type LimitCheck } from "./rate-limit";
import { createStudentAccount, findCredentials, recordSignIn } from "@/lib/data/users";
import { AppError, RateLimitedError, ValidationError } from "@/lib/errors";

// A real argon2id hash of a random password, verified when the email is unknown so that the
// answer takes as long as for a real account.
const dummyHash = "$argon2id$v=19$m=19456,t=2,p=1$FMwbaE1NMI8OC05YcejjcQ$s2G1fuT3F9GwDGYoP6B8dd1dgTw6DCgUDIaKmC4Kkio";

export const invalidCredentials = "The email or password is not right.";

export type SignInRequest = {
  email: string;
  password: string;
  ip: string;
  /** The browser's device cookie (lib/identity/device.ts), if it sent one. */
  deviceToken: string | null;
};

function signInChecks(request: SignInRequest, trustedDeviceOf: string | null): { attempts: LimitCheck[]; failures: LimitCheck[] } {
  const ip: LimitCheck = { key: `signin:ip:${request.ip}`, limit: limits.signInPerIp };
  // A browser that signed in to this account before has a failure budget of its own (one for
  // all such browsers of the account, whatever their address); everyone else shares the
  // account's.
  const failure: LimitCheck =
    trustedDeviceOf !== null
      ? { key: `signin:device:${trustedDeviceOf}`, limit: limits.signInFailuresPerDevice }
      : { key: `signin:account:${request.email}`, limit: limits.signInFailuresPerAccount };
  return { attempts: [ip], failures: [failure] };
}

export async function signInWithPassword(request: SignInRequest) {
  // Looked up first for every email, known or not, so both cost the same.
  const user = await findCredentials(request.email);
  const trusted = user !== null && deviceTrusted(request.deviceToken, user, env().AUTH_SECRET);
  const checks = signInChecks(request, trusted ? user.id : null);
  const wait = await retryAfter([...checks.attempts, ...checks.failures]);
  if (wait !== null) throw new RateLimitedError(wait);
  await count(checks.attempts);

  const passwordOk = await verifyPassword(user?.passwordHash ?? dummyHash, request.password);
  if (!user || !user.passwordHash || !passwordOk) {
    await count(checks.failures);
    throw new ValidationError(invalidCredentials);
  }
  // Only someone who knows the password learns that the account is disabled.
  if (user.disabledAt) throw new AppError(403, "This account has been disabled. Ask your teacher or an admin.");
  await forget(checks.failures[0].key);
  await recordSignIn(user.id);
  return { id: user.id, email: user.email, sessionVersion: user.sessionVersion, roles: user.roles };
}

export async function signUpStudent(request: { email: string; name: string; password: string; ip: string }) {
  const check: LimitCheck = { key: `signup:ip:${request.ip}`, limit: limits.signUpPerIp };
  const wait = await retryAfter([check]);
  if (wait !== null) throw new RateLimitedError(wait);
  await count([check]);
  // Hash first: a taken email then costs the same time as a new one.
  const passwordHash = await hashPassword(request.password);
  return createStudentAccount({ email: request.email, name: request.name, passwordHash });
}
