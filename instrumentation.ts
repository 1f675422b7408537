// Next.js calls register() once per server instance at start-up.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.DATABASE_URL) {
    const { startSweeper } = await import("./lib/jobs/sweeper");
    startSweeper();
  }
}
