// Keeping a process we started running. When it ends unexpectedly (a crash, kill -9, the OOM
// killer) it is started again after a pause that grows while it keeps ending (0.2 s, 0.5 s, 1 s,
// 2 s, 5 s, then every 10 s), back to 0.2 s once it has stayed up for a minute; one line is
// logged per restart. stop() ends supervision first, so nothing is restarted while stopping.
// `npm start` supervises the embedded PostgreSQL and the app server; `npm run soak` uses the
// same code for the processes it kills.

export type Exit = { code: number | null; signal: NodeJS.Signals | null; /** Date.now() when it ended */ at?: number };

/** A running process: `exited` resolves when it has ended, however that happened. */
export type Supervisable = { exited: Promise<Exit>; stop(): Promise<void> };

export const restartDelaysMs = [200, 500, 1000, 2000, 5000, 10_000];

export function describeExit(exit: Exit): string {
  return exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
}

export type SupervisorOptions<T> = {
  /** What the log lines call it: "database", "web server". */
  name: string;
  /** Starts it again (`previous` has ended); throws when it could not. */
  start(previous: T): Promise<T>;
  log?: (line: string) => void;
  delaysMs?: number[];
  /** Up this long, the next restart waits the first delay again (default one minute). */
  stableMs?: number;
  /** An exit after which it is not started again (onGiveUp is called instead). */
  giveUpOn?: (exit: Exit) => boolean;
  onGiveUp?: (exit: Exit) => void;
  /** Called after each restart; `downMs` runs from the end of the old process. */
  onRestart?: (instance: T, info: { exit: Exit; downMs: number }) => void;
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export class Supervisor<T extends Supervisable> {
  private stopping = false;
  private starting: Promise<T> | null = null;
  private wake: (() => void) | null = null;
  private readonly watching: Promise<void>;
  private instance: T;
  restarts = 0;

  constructor(
    first: T,
    private readonly options: SupervisorOptions<T>,
  ) {
    this.instance = first;
    this.watching = this.watch();
  }

  /** The process running now (a new one after each restart). */
  get current(): T {
    return this.instance;
  }

  /** Stops supervising, then the process; a start under way finishes first, then is stopped. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.starting?.catch(() => {});
    await this.instance.stop();
    await this.watching;
  }

  private async watch() {
    const delays = this.options.delaysMs ?? restartDelaysMs;
    const stableMs = this.options.stableMs ?? 60_000;
    const log = this.options.log ?? ((line: string) => console.error(line));
    let tries = 0; // restarts since it last stayed up for stableMs
    let upSince = Date.now();
    for (;;) {
      const exit = await this.instance.exited;
      if (this.stopping) return;
      if (this.options.giveUpOn?.(exit)) {
        this.options.onGiveUp?.(exit);
        return;
      }
      const endedAt = exit.at ?? Date.now();
      if (endedAt - upSince >= stableMs) tries = 0;
      for (;;) {
        // The pause also covers a Ctrl-C whose signal reached the process before this one.
        await this.pause(delays[Math.min(tries, delays.length - 1)]);
        tries++;
        if (this.stopping) return;
        try {
          this.starting = this.options.start(this.instance).then((next) => (this.instance = next));
          await this.starting;
        } catch (error) {
          if (this.stopping) return;
          const reason = ((error as Error).message ?? String(error)).split("\n")[0];
          const next = delays[Math.min(tries, delays.length - 1)];
          log(`The ${this.options.name} stopped unexpectedly (${describeExit(exit)}) and did not start again: ${reason} Trying again in ${seconds(next)}.`);
          continue;
        } finally {
          this.starting = null;
        }
        if (this.stopping) return; // stop() stops the new one
        const downMs = Date.now() - endedAt;
        this.restarts++;
        log(`The ${this.options.name} stopped unexpectedly (${describeExit(exit)}); restarted in ${seconds(downMs)}.`);
        this.options.onRestart?.(this.instance, { exit, downMs });
        upSince = Date.now();
        break;
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
