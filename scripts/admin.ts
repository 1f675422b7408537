// `npm run admin -- create <email> [--name "Full Name"] [--link | --password-stdin]`
// Makes <email> an admin (creating the account if needed) on DATABASE_URL's database, or on
// the embedded one `npm start` uses. At a terminal it asks for the password (typed twice, not
// shown); with --link, or when no terminal is attached, it prints a one-time link to choose it
// (valid 7 days) instead; --password-stdin reads the password from standard input (scripts).
import path from "node:path";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { openDatabase, projectRoot } from "./lib/database";
import { applyMigrations } from "./lib/schema-engine";
import { AdminRequestError, checkAdminRequest, createAdmin } from "./lib/admin-account";
import { createPrismaClient } from "../lib/db";

const usage = 'Usage: npm run admin -- create <email> [--name "Full Name"] [--link | --password-stdin]';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** Reads a line without echoing it (a password at a terminal). */
async function ask(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const reader = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    reader.question(question, (answer) => {
      reader.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function password(args: string[]): Promise<string | undefined> {
  if (args.includes("--password-stdin")) return readStdin();
  if (args.includes("--link") || !process.stdin.isTTY) return undefined;
  const first = await ask("Password for the new admin (at least 8 characters): ");
  const second = await ask("The same password again: ");
  if (first !== second) throw new AdminRequestError("The two passwords are not the same; nothing was changed.");
  return first;
}

async function main() {
  const args = process.argv.slice(2);
  const [command, email] = args;
  if (command !== "create" || !email || email.startsWith("--")) throw new AdminRequestError(usage);
  checkAdminRequest({ email });
  const secret = await password(args);
  checkAdminRequest({ email, password: secret });
  const dataRoot = path.resolve(projectRoot, process.env.CITED_DATA_DIR || ".data");
  const database = await openDatabase({ dataDir: path.join(dataRoot, "postgres"), database: "cited" });
  try {
    await applyMigrations(database.url);
    const prisma = createPrismaClient(database.url, 1);
    try {
      const baseUrl = process.env.APP_URL || `http://localhost:${process.env.PORT || 3000}`;
      const result = await createAdmin(prisma, { email, name: option(args, "--name"), password: secret, baseUrl });
      console.log(`${result.created ? "Created" : "Updated"} ${result.email}: an admin now.`);
      if (result.link) console.log(`Open this link to choose the password (once, within 7 days):\n${result.link}`);
      else console.log("Sign in with the password you chose.");
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    if (database.started) await database.embedded?.stop();
  }
}

main().catch((error: Error) => {
  console.error(error instanceof AdminRequestError ? error.message : `npm run admin failed: ${error.message}`);
  process.exit(1);
});
