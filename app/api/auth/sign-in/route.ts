// JSON sign-in for scripts and API clients: 200 and the session cookie, 401 for wrong
// credentials, 429 with Retry-After when rate limited. Only application/json is accepted, which
// a cross-site form cannot send without a CORS preflight (login CSRF).
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/identity/client-ip";
import { deviceCookie } from "@/lib/identity/config";
import { signInWithPassword } from "@/lib/auth/credentials";
import { startSession } from "@/lib/auth/session";
import { defineRoute } from "@/lib/http/define-route";
import { SignInSchema } from "@/lib/validation/account";
import { AppError, ValidationError } from "@/lib/errors";

export const POST = defineRoute({ name: "sign-in", body: SignInSchema }, async ({ body }) => {
  const requestHeaders = await headers();
  try {
    const user = await signInWithPassword({
      ...body,
      ip: clientIp(requestHeaders, env().TRUSTED_IP_HEADER),
      deviceToken: (await cookies()).get(deviceCookie.name)?.value ?? null,
    });
    await startSession(user);
    return Response.json({ ok: true, userId: user.id }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    // Wrong credentials are a 401 here (the form shows them as a field message).
    if (error instanceof ValidationError && !error.fieldErrors) throw new AppError(401, error.message);
    throw error;
  }
});
