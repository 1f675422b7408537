import "server-only";
// Adapts an action definition to a real request: reads the origin, the user and the device
// cookie, runs the definition, then applies its effects (cookies, redirect).
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/identity/client-ip";
import { deviceCookie } from "@/lib/identity/config";
import { endSessionCookie, getCurrentUser, startSession } from "@/lib/auth/session";
import type { ActionContext, ActionDefinition, ActionState } from "./define-action";

export async function requestContext(): Promise<ActionContext> {
  const requestHeaders = await headers();
  return {
    user: await getCurrentUser(),
    origin: requestHeaders.get("origin"),
    host: requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host"),
    ip: clientIp(requestHeaders, env().TRUSTED_IP_HEADER),
    deviceToken: (await cookies()).get(deviceCookie.name)?.value ?? null,
  };
}

export async function serve(definition: ActionDefinition, input: FormData): Promise<ActionState> {
  const { effects, ...state } = await definition.run(await requestContext(), input);
  if (effects?.endSession) await endSessionCookie();
  if (effects?.startSession) await startSession(effects.startSession);
  for (const path of effects?.revalidate ?? []) revalidatePath(path, "layout");
  if (effects?.redirectTo) redirect(effects.redirectTo);
  return state;
}
