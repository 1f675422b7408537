// Database chores without Prisma's native engine:
//   npm run db:migrate                    apply pending migrations
//   npm run db:create-migration -- <name> write a migration from schema.prisma changes
//   npm run db:drift                      exit 1 when schema.prisma and the migrations disagree
//   npm run db:seed                       seed content (and demo accounts with --demo)
// They use DATABASE_URL, or the embedded database of `npm start` when it is unset.
import path from "node:path";
import { applyMigrations, createMigration, driftScript } from "./lib/schema-engine";
import { openDatabase, projectRoot } from "./lib/database";
import { seed } from "../prisma/seed";

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const database = await openDatabase({ dataDir: path.join(projectRoot, ".data/postgres"), database: "cited" });
  try {
    switch (command) {
      case "migrate": {
        const applied = await applyMigrations(database.url);
        console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
        break;
      }
      case "create": {
        const name = args[0];
        if (!name) throw new Error("Name the migration: npm run db:create-migration -- add_something");
        const folder = await createMigration(database.url, name);
        console.log(folder ? `Wrote prisma/migrations/${folder}/migration.sql` : "The migrations already match the schema.");
        break;
      }
      case "drift": {
        const sql = await driftScript(database.url);
        if (sql) {
          console.error("schema.prisma and prisma/migrations disagree. The missing migration would be:\n" + sql);
          process.exitCode = 1;
        } else console.log("No drift: the migrations match schema.prisma.");
        break;
      }
      case "seed": {
        await applyMigrations(database.url);
        await seed(database.url, { demo: args.includes("--demo") || !process.env.DATABASE_URL });
        console.log("Seeded.");
        break;
      }
      default:
        throw new Error(`Unknown command "${command ?? ""}": use migrate, create <name>, drift or seed.`);
    }
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: Error) => {
  console.error(`\n${error.message}`);
  process.exit(1);
});
