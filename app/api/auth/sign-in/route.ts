// JSON sign-in for scripts and API clients: 200 and the session cookie, 401 for wrong
// credentials, 429 with Retry-After when rate limited. Only application/json is accepted, which
// a cross-site form cannot send without a CORS preflight (login CSRF).
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/auth/client-ip";
import { deviceCookie } from "@/lib/auth/config";
import { signInWithPassword } from "@/lib/auth/credentials";
import { startSession } from "@/lib/auth/session";
import { errorResponse } from "@/lib/http/respond";
import { SignInSchema } from "@/lib/validation/account";
import { AppError, ValidationError } from "@/lib/errors";

export async function POST(request: Request) {
  try {
    if (!request.headers.get("content-type")?.startsWith("application/json")) {
      throw new AppError(400, "Send the credentials as application/json.");
    }
    const body: unknown = await request.json().catch(() => {
      throw new AppError(400, "The body is not valid JSON.");
    });
    const input = SignInSchema.parse(body);
    const requestHeaders = await headers();
    const user = await signInWithPassword({
      ...input,
      ip: clientIp(requestHeaders, env().TRUSTED_IP_HEADER),
      deviceToken: (await cookies()).get(deviceCookie.name)?.value ?? null,
    });
    await startSession(user);
    return Response.json({ ok: true, userId: user.id }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    // Wrong credentials are a 401 here (the form shows them as a field message).
    if (error instanceof ValidationError && !error.fieldErrors) return errorResponse(new AppError(401, error.message), "sign-in");
    return errorResponse(error, "sign-in");
  }
}
