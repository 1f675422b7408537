// The browser's side of autosave: the latest answer per question waits in a queue, and one PUT
// at a time goes to /api/attempts/<id>/responses/<position> with the sequence the last save
// returned, so this tab never races itself. A refusal by the attempt's state (another tab
// saved, submitted, time up) halts saving; a dropped connection or a server error keeps the
// answer queued and retries. Each save carries an id made here: when a save landed but its
// reply was lost, the retry is answered as the first time, or the conflict names that id, so
// this tab knows the change was its own and goes on (only another tab's save halts it).

export type SaveStatus =
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string }
  | { kind: "retrying"; message: string };

export type HaltReason = "stale" | "submitted" | "time-up" | "not-found";

export type AutosaveEvents = {
  status(position: number, status: SaveStatus): void;
  sequence(sequence: number): void;
  halt(reason: HaltReason): void;
};

const MAX_RETRY_MS = 15_000;

/** A random id per save (crypto.getRandomValues works on plain HTTP too, unlike randomUUID). */
function newSaveId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export class AutosaveQueue {
  private pending = new Map<number, unknown>();
  private inFlight = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = 1000;
  private halted = false;
  private waiters: (() => void)[] = [];
  /** Ids of saves sent whose reply never came: they may have landed. */
  private maybeLanded = new Set<string>();

  constructor(
    private readonly attemptId: string,
    public sequence: number,
    private readonly events: AutosaveEvents,
  ) {}

  /** Unsaved changes: queued, being sent, or waiting to be retried. */
  get busy(): boolean {
    return !this.halted && (this.inFlight || this.pending.size > 0);
  }

  get isHalted(): boolean {
    return this.halted;
  }

  enqueue(position: number, answer: unknown) {
    if (this.halted) return;
    this.pending.delete(position);
    this.pending.set(position, answer);
    this.events.status(position, { kind: "saving" });
    void this.pump();
  }

  /** Resolves once everything queued has been saved (or saving stopped). Retries at once. */
  idle(): Promise<void> {
    this.retryNow();
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  retryNow() {
    if (this.retryTimer === null) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    void this.pump();
  }

  stop() {
    this.halted = true;
    this.pending.clear();
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.settle();
  }

  private settle() {
    if (this.busy) return;
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private async pump(): Promise<void> {
    if (this.inFlight || this.halted || this.retryTimer !== null) return;
    const next = this.pending.entries().next();
    if (next.done) return this.settle();
    const [position, answer] = next.value;
    this.pending.delete(position);
    this.inFlight = true;
    try {
      await this.send(position, answer);
    } finally {
      this.inFlight = false;
    }
    void this.pump();
    this.settle();
  }

  private async send(position: number, answer: unknown) {
    const saveId = newSaveId();
    let response: Response;
    let body: { sequence?: number; savedAt?: string; reason?: HaltReason; error?: string; lastSaveId?: string };
    try {
      response = await fetch(`/api/attempts/${encodeURIComponent(this.attemptId)}/responses/${position}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answer, sequence: this.sequence, saveId }),
        cache: "no-store",
      });
      // A reply cut off halfway is a lost reply too.
      body = response.ok ? await response.json() : await response.json().catch(() => ({}));
    } catch {
      this.maybeLanded.add(saveId);
      return this.retryLater(position, answer, "no connection");
    }
    if (response.ok && typeof body.sequence === "number") {
      this.sequence = body.sequence;
      this.retryDelay = 1000;
      this.maybeLanded.clear();
      this.events.sequence(body.sequence);
      if (!this.pending.has(position)) this.events.status(position, { kind: "saved", at: new Date(body.savedAt ?? Date.now()) });
    } else if (response.status === 409 && body.reason === "stale" && typeof body.sequence === "number" && body.lastSaveId && this.maybeLanded.has(body.lastSaveId)) {
      // The attempt moved on by a save of this tab whose reply was lost: carry on from there.
      this.maybeLanded.clear();
      this.sequence = body.sequence;
      this.events.sequence(body.sequence);
      this.putBack(position, answer);
    } else if (response.status === 409) {
      this.halt(body.reason ?? "stale");
    } else if (response.status === 404) {
      this.halt("not-found");
    } else if (response.status === 422 || response.status === 400) {
      if (!this.pending.has(position)) this.events.status(position, { kind: "error", message: body.error ?? "this answer does not fit the question" });
    } else {
      // A 5xx may come after the save was written (say, the app restarting mid-reply).
      if (response.status >= 500) this.maybeLanded.add(saveId);
      this.retryLater(position, answer, response.status === 401 ? "you are signed out (sign in again in another tab)" : "the server did not answer");
    }
  }

  /** Puts an answer back first in line, unless a newer one for the same question is queued. */
  private putBack(position: number, answer: unknown) {
    if (!this.pending.has(position)) this.pending = new Map([[position, answer], ...this.pending]);
  }

  private halt(reason: HaltReason) {
    this.stop();
    this.events.halt(reason);
  }

  private retryLater(position: number, answer: unknown, why: string) {
    // First in line: it is older than anything queued since.
    this.putBack(position, answer);
    for (const queued of this.pending.keys()) this.events.status(queued, { kind: "retrying", message: why });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.pump();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
  }
}
