// The fast lane: a few hot route handlers served by the app server itself, before Next.js.
// An autosave is the request a class sends most (every change a student makes), and Next.js's
// per-request routing costs about ten times the work of the save itself (profiled:
// docs/decisions/024-autosave-fast-lane.md). The handler is the very same function the Next.js
// route exports, so the checks, answers and errors are the same by construction; only the
// Node request is turned into a Web Request here, and the Web Response written back.
// Built into .next/cited/fast-lane.mjs after `next build` (scripts/lib/build.ts) and loaded
// by scripts/app-server.mjs in each web worker.
import type { IncomingMessage, ServerResponse } from "node:http";
import { autosaveRoute, type AutosaveParams } from "@/lib/http/routes/autosave";

/** A route the fast lane serves: the method, the path, and the handler with its params. */
type FastRoute = {
  method: string;
  path: RegExp;
  handle: (request: Request, params: Record<string, string>) => Promise<Response>;
};

const routes: FastRoute[] = [
  {
    method: "PUT",
    // The same shape as app/api/attempts/[attemptId]/responses/[position]; the handler checks the values.
    path: /^\/api\/attempts\/(?<attemptId>[^/?#]{1,64})\/responses\/(?<position>[^/?#]{1,16})$/,
    handle: (request, params) => autosaveRoute(request, { params: Promise.resolve(params as AutosaveParams) }),
  },
];

/** An autosave body is a few hundred bytes; anything this large is refused unread. */
export const maxBodyBytes = 256 * 1024;

function routeOf(method: string | undefined, url: string | undefined): { route: FastRoute; path: string; params: Record<string, string> } | null {
  if (!method || !url) return null;
  const path = url.split("?", 1)[0];
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.path.exec(path);
    if (!match) continue;
    try {
      // Next.js decodes path segments before its handlers see them; so does this.
      const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value)]));
      return { route, path, params };
    } catch {
      return null; // a malformed escape: Next.js answers it
    }
  }
  return null;
}

class ClientGone extends Error {}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        resolve(null);
        request.removeAllListeners("data");
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
    // A client that goes away mid-body: nothing to answer (no "end" will come).
    request.on("aborted", () => reject(new ClientGone()));
  });
}

function toWebHeaders(incoming: IncomingMessage["headers"]): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  return headers;
}

/** Names the lane that answered, for tests and for anyone reading a trace; says nothing else. */
export const laneHeader = ["x-cited-lane", "fast"] as const;

async function writeResponse(response: Response, to: ServerResponse, extraHeaders: [string, string][]): Promise<void> {
  for (const [name, value] of extraHeaders) to.setHeader(name, value);
  to.setHeader(...laneHeader);
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") to.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) to.setHeader("set-cookie", cookies);
  to.statusCode = response.status;
  to.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * Serves `request` if it is a fast-lane route and returns true; returns false, having touched
 * nothing, for every other request (the caller hands those to Next.js). `extraHeaders` are the
 * headers next.config.js gives every response, so these answers carry them too.
 */
export function serveFastLane(request: IncomingMessage, response: ServerResponse, extraHeaders: [string, string][]): boolean {
  const found = routeOf(request.method, request.url);
  if (!found) return false;
  void (async () => {
    try {
      const body = await readBody(request);
      if (body === null) {
        const tooLarge = Response.json({ error: "The request is too large." }, { status: 413, headers: { "Cache-Control": "no-store", Connection: "close" } });
        return await writeResponse(tooLarge, response, extraHeaders);
      }
      // The handlers read the path's params and the headers, never the URL's host (a client's to choose).
      const webRequest = new Request(new URL(found.path, "http://fast-lane.invalid"), { method: request.method, headers: toWebHeaders(request.headers), body: body.length ? (body as Uint8Array as BodyInit) : undefined });
      await writeResponse(await found.route.handle(webRequest, found.params), response, extraHeaders);
    } catch (error) {
      if (error instanceof ClientGone || response.destroyed) return;
      // The handler turns its own errors into responses: this is the conversion failing.
      console.error("fast lane failed", error);
      if (!response.headersSent) {
        response.statusCode = 500;
        response.setHeader("content-type", "application/json");
        response.setHeader("cache-control", "no-store");
      }
      response.end(JSON.stringify({ error: "Something went wrong on our side." }));
    }
  })();
  return true;
}
