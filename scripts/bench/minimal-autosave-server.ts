// The floor for autosave_framework_ratio: the same autosave behind a bare node:http handler, no
// framework. Same request (PUT /api/attempts/<id>/responses/<position>, JSON body, session
// cookie), same work that is not the framework's: the body parsed, the session token decrypted
// (lib/identity/token.ts), and the one guarded statement the app runs for a save once it has the
// question cached (lib/data/autosave.ts), through a pg pool of the same size as the app's
// (DATABASE_POOL_SIZE, default 10, what @prisma/adapter-pg is given). Answers are not checked
// against their question (the app does that from a per-process cache, without a query).
// Run as its own process: node --import tsx scripts/bench/minimal-autosave-server.ts
// (PORT, DATABASE_URL, AUTH_SECRET, DATABASE_POOL_SIZE from the environment).
import http from "node:http";
import pg from "pg";
import { session } from "../../lib/identity/config";
import { cookieValue } from "../../lib/identity/cookie-header";
import { decodeSession } from "../../lib/identity/token";

const databaseUrl = process.env.DATABASE_URL!;
const secret = process.env.AUTH_SECRET!;
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.DATABASE_POOL_SIZE || 10) });

// lib/data/autosave.ts's statement, with the session check, as Prisma sends it ($n parameters).
const saveStatement = `
    WITH bumped AS (
      UPDATE "Attempt" SET sequence = sequence + 1, "lastSaveId" = $1
      WHERE id = $2 AND "userId" = $3 AND status = 'IN_PROGRESS'
        AND sequence = $4
        AND ("deadlineAt" IS NULL OR "deadlineAt" + make_interval(secs => $5) >= now())
        AND (NOT $6 OR EXISTS (
          SELECT 1 FROM "User" u WHERE u.id = $7 AND u."sessionVersion" = $8 AND u."disabledAt" IS NULL))
        AND EXISTS (
          SELECT 1 FROM "Response" shown WHERE shown."attemptId" = $2 AND shown.position = $10
            AND shown."questionVersionId" = (SELECT "questionVersionId" FROM "Response" WHERE "attemptId" = $2 AND position = $10))
      RETURNING id, sequence
    )
    UPDATE "Response" r SET answer = $9::jsonb, "savedAt" = now()
    FROM bumped
    WHERE r."attemptId" = bumped.id AND r.position = $10
    RETURNING bumped.sequence AS sequence, r."savedAt" AS "savedAt"`;

const route = /^\/api\/attempts\/([a-z0-9]{10,40})\/responses\/(\d{1,3})$/;

function reply(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  response.end(JSON.stringify(body));
}

async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
  const match = request.method === "PUT" ? route.exec(request.url ?? "") : null;
  if (!match) return reply(response, 404, { error: "Not found." });
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  let body: { answer?: unknown; sequence?: unknown; saveId?: unknown };
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return reply(response, 400, { error: "The body is not valid JSON." });
  }
  if (typeof body.sequence !== "number") return reply(response, 400, { error: "sequence must be a number" });
  const claims = await decodeSession(cookieValue(request.headers.cookie, session.cookie), secret);
  if (!claims) return reply(response, 401, { error: "Sign in first." });
  const [, attemptId, position] = match;
  const { rows } = await pool.query(saveStatement, [
    typeof body.saveId === "string" ? body.saveId : null,
    attemptId,
    claims.userId,
    body.sequence,
    2,
    true,
    claims.userId,
    claims.sessionVersion,
    JSON.stringify(body.answer ?? null),
    Number(position),
  ]);
  if (rows[0]) return reply(response, 200, rows[0]);
  const { rows: current } = await pool.query(`SELECT sequence FROM "Attempt" WHERE id = $1 AND "userId" = $2`, [attemptId, claims.userId]);
  return reply(response, 409, { error: "Stale.", reason: "stale", sequence: current[0]?.sequence });
}

const server = http.createServer((request, response) => {
  handle(request, response).catch((error: Error) => {
    console.error(error);
    if (!response.headersSent) reply(response, 500, { error: "Something went wrong." });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("listening"));
process.on("SIGTERM", () => server.close(() => void pool.end().then(() => process.exit(0))));
