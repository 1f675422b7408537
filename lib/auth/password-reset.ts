import "server-only";
// "Forgot password": the same answer, whether or not the email has an account (no enumeration),
// rate limited by address and by email, and the mail is sent after the answer is decided (not
// awaited), so the time taken does not tell either.
import { env } from "@/lib/env";
import { resetTokenForEmail } from "@/lib/data/password-tokens";
import { RateLimitedError } from "@/lib/errors";
import { passwordLink, passwordTokenLifetimeSeconds } from "@/lib/identity/password-token";
import { sendMail } from "@/lib/mail/send-mail";
import { count, retryAfter, type LimitCheck } from "./rate-limit";

export const resetRequested = "If an account uses that email, we have sent it a link to choose a new password. The link works once, for an hour.";

const limits = {
  perIp: { max: 20, windowSeconds: 60 * 60 },
  perEmail: { max: 3, windowSeconds: 60 * 60 },
};

export async function requestPasswordReset(request: { email: string; ip: string; origin: string }): Promise<void> {
  const checks: LimitCheck[] = [
    { key: `reset:ip:${request.ip}`, limit: limits.perIp },
    { key: `reset:email:${request.email}`, limit: limits.perEmail },
  ];
  const wait = await retryAfter(checks);
  if (wait !== null) throw new RateLimitedError(wait);
  await count(checks);
  const found = await resetTokenForEmail(request.email);
  if (!found) return;
  const link = passwordLink(env().APP_URL ?? request.origin, found.token);
  const minutes = passwordTokenLifetimeSeconds.RESET / 60;
  void sendMail({
    to: request.email,
    subject: "Choose a new Cited password",
    text: `Hello ${found.name},\n\nSomeone (we hope you) asked to reset the password of your Cited account. Open this link within ${minutes} minutes to choose a new one:\n\n${link}\n\nIf it was not you, ignore this message: your password stays as it is.\n`,
  }).catch((error: unknown) => console.error("password reset mail failed", error));
}
