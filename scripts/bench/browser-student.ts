// One student's browser for the class rush: its own cookie jar, requests timed from sending to
// the last byte of the body, redirects followed by hand (so that each hop is timed as what it
// is), and forms read from the page's HTML and posted as a browser without JavaScript posts them
// (multipart, with React's hidden action fields). Connections are keep-alive: Node's fetch
// (undici) pools them per origin.

export type RequestKind = "signin" | "page" | "start" | "save" | "submit" | "review";

export type Timings = Record<RequestKind, number[]>;
export type Failure = { kind: RequestKind; status: number; path: string; detail: string };
/** Where requests are recorded; swapped between the sign-in phase and the measured run. */
export type Recorder = { timings: Timings; failures: Failure[] };
export const newRecorder = (): Recorder => ({ timings: { signin: [], page: [], start: [], save: [], submit: [], review: [] }, failures: [] });

export type Reply = { status: number; location: string | null; text: string };

export class BrowserStudent {
  private cookies = new Map<string, string>();

  constructor(
    private readonly baseUrl: string,
    private readonly recorder: Recorder,
    /** The address a trusted reverse proxy would report (each student its own). */
    private readonly ip: string,
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** One request, timed under `kind`; a status a browser would show as a failure is recorded. */
  async request(kind: RequestKind, method: string, path: string, body?: { json?: unknown; form?: FormData }): Promise<Reply | null> {
    const headers: Record<string, string> = { cookie: this.cookieHeader, "x-real-ip": this.ip, accept: "text/html,application/json" };
    let payload: string | FormData | undefined;
    if (body?.json !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body.json);
    } else if (body?.form) {
      payload = body.form;
    }
    // Browsers send Origin on every POST and PUT.
    if (method !== "GET") headers.origin = this.baseUrl;
    const started = performance.now();
    try {
      const response = await fetch(new URL(path, this.baseUrl), { method, headers, body: payload, redirect: "manual", cache: "no-store" });
      const text = await response.text();
      this.recorder.timings[kind].push(performance.now() - started);
      this.keep(response);
      if (response.status >= 400) {
        this.recorder.failures.push({ kind, status: response.status, path, detail: text.slice(0, 300) });
        return null;
      }
      return { status: response.status, location: response.headers.get("location"), text };
    } catch (error) {
      // undici's "fetch failed" names what happened (a reset, a refused connection) in its cause.
      const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
      this.recorder.failures.push({ kind, status: 0, path, detail: [(error as Error).message, cause?.code ?? cause?.message].filter(Boolean).join(": ") });
      return null;
    }
  }

  /** A page, following redirects as a browser does; the final 200 page's HTML, or null. */
  async open(kind: RequestKind, path: string): Promise<{ path: string; html: string } | null> {
    let at = path;
    for (let hops = 0; hops < 5; hops++) {
      const reply = await this.request(kind, "GET", at);
      if (!reply) return null;
      if (reply.status === 200) return { path: at, html: reply.text };
      if (!reply.location) return this.fail(kind, reply.status, at, "a redirect without a Location");
      at = relative(reply.location, this.baseUrl);
      kind = at.endsWith("/review") ? "review" : "page";
    }
    return this.fail(kind, 0, path, "too many redirects");
  }

  /**
   * Posts the form of `page` that has a hidden field named `marker`, as a browser without
   * JavaScript does, then follows the redirect (303) the action answers with.
   */
  async submitForm(kind: RequestKind, page: { path: string; html: string }, marker: string): Promise<{ path: string; html: string } | null> {
    const form = formWith(page.html, marker);
    if (!form) return this.fail(kind, 0, page.path, `no form with a field "${marker}" on the page`);
    const data = new FormData();
    for (const [name, value] of form.fields) data.append(name, value);
    const reply = await this.request(kind, "POST", form.action || page.path, { form: data });
    if (!reply) return null;
    if (reply.status !== 303 || !reply.location) return this.fail(kind, reply.status, page.path, `the form answered ${reply.status}, not a redirect: ${reply.text.slice(0, 200)}`);
    const next = relative(reply.location, this.baseUrl);
    return this.open(next.endsWith("/review") ? "review" : "page", next);
  }

  fail(kind: RequestKind, status: number, path: string, detail: string): null {
    this.recorder.failures.push({ kind, status, path, detail });
    return null;
  }
}

function relative(location: string, baseUrl: string): string {
  const url = new URL(location, baseUrl);
  return url.pathname + url.search;
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") return String.fromCodePoint(code[1].toLowerCase() === "x" ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return entities[code.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name.replace(/[$:]/g, "\\$&")}="([^"]*)"`).exec(tag);
  return match ? decodeEntities(match[1]) : null;
}

/** The form holding a hidden input named `marker`: its action and hidden fields, in order. */
export function formWith(html: string, marker: string): { action: string | null; fields: [string, string][] } | null {
  for (const match of html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)) {
    const inputs = [...match[0].matchAll(/<input\b[^>]*>/g)].map((m) => m[0]).filter((tag) => attribute(tag, "type") === "hidden");
    const fields = inputs.map((tag) => [attribute(tag, "name") ?? "", attribute(tag, "value") ?? ""] as [string, string]).filter(([name]) => name);
    if (!fields.some(([name]) => name === marker)) continue;
    const formTag = /<form\b[^>]*>/.exec(match[0])![0];
    const action = attribute(formTag, "action");
    return { action: action && !action.startsWith("javascript:") ? action : null, fields };
  }
  return null;
}
