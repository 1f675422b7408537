import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The site's address for links people copy (a class's join link): APP_URL when it is set, else
 * the host this request came to. Only shown to the teacher who asked, never used for access.
 */
export async function appOrigin(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
