// The browser's side of autosave: the latest answer per question waits in a queue, and one PUT
// at a time goes to /api/attempts/<id>/responses/<position> with the sequence the last save
// returned, so this tab never races itself. A refusal by the attempt's state (another tab
// saved, submitted, time up) halts saving; a dropped connection or a server error keeps the
// answer queued and retries.

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

export class AutosaveQueue {
  private pending = new Map<number, unknown>();
  private inFlight = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = 1000;
  private halted = false;
  private waiters: (() => void)[] = [];

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
    let response: Response;
    try {
      response = await fetch(`/api/attempts/${encodeURIComponent(this.attemptId)}/responses/${position}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answer, sequence: this.sequence }),
        cache: "no-store",
      });
    } catch {
      return this.retryLater(position, answer, "no connection");
    }
    const body = (await response.json().catch(() => ({}))) as { sequence?: number; savedAt?: string; reason?: HaltReason; error?: string };
    if (response.ok && typeof body.sequence === "number") {
      this.sequence = body.sequence;
      this.retryDelay = 1000;
      this.events.sequence(body.sequence);
      if (!this.pending.has(position)) this.events.status(position, { kind: "saved", at: new Date(body.savedAt ?? Date.now()) });
    } else if (response.status === 409) {
      this.halt(body.reason ?? "stale");
    } else if (response.status === 404) {
      this.halt("not-found");
    } else if (response.status === 422 || response.status === 400) {
      if (!this.pending.has(position)) this.events.status(position, { kind: "error", message: body.error ?? "this answer does not fit the question" });
    } else {
      this.retryLater(position, answer, response.status === 401 ? "you are signed out (sign in again in another tab)" : "the server did not answer");
    }
  }

  private halt(reason: HaltReason) {
    this.stop();
    this.events.halt(reason);
  }

  private retryLater(position: number, answer: unknown, why: string) {
    if (!this.pending.has(position)) {
      // Put it back first in line: it is older than anything queued since.
      this.pending = new Map([[position, answer], ...this.pending]);
    }
    for (const queued of this.pending.keys()) this.events.status(queued, { kind: "retrying", message: why });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.pump();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
  }
}
