// The Cited bundle against real databases: the seed through the bundle into an empty database,
// export → import into another empty database → export again gives the same document, the
// citations still resolve there; on the shared test database, a bad file imports nothing,
// a conflict refuses the whole file, a good one is imported and audited, and only admins may.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importContentBundle as importAction, type BundleImportResult } from "@/lib/actions/content-transfer";
import type { ActionContext } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/session";
import { readBundle } from "@/lib/content/bundle-check";
import { exportBundle } from "@/lib/content/bundle-export";
import { importCheckedBundle } from "@/lib/content/bundle-import";
import type { Bundle } from "@/lib/content/bundle-schema";
import { serializeBundle } from "@/lib/content/bundle-serialize";
import { exportContentBundle, importContentBundle, previewContentImport } from "@/lib/data/content-transfer";
import { createPrismaClient } from "@/lib/db";
import { findQuote } from "@/lib/domain/quote-match";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/identity/viewer";
import { contentBundle } from "@/prisma/seed";
import { loadSeedBundle, seedContent } from "@/prisma/seed-content";
import { applyMigrations } from "@/scripts/lib/schema-engine";
import { testDatabaseUrl, testPrisma } from "@/tests/helpers/database";
import { actorEmails } from "@/tests/helpers/fixtures";

const prisma = testPrisma();
const tag = `bdl${randomBytes(3).toString("hex")}`;
const created: string[] = [];
const clients: PrismaClient[] = [];

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, migrated, empty database on the test server (dropped after this file). */
async function emptyDatabase(label: string): Promise<PrismaClient> {
  const name = `cited_${tag}_${label}`;
  await onServer(`CREATE DATABASE "${name}"`);
  created.push(name);
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  const client = createPrismaClient(url.toString(), 2);
  clients.push(client);
  return client;
}

const counts = (db: PrismaClient) =>
  Promise.all([db.source.count(), db.sentence.count(), db.relatedLink.count(), db.fact.count(), db.evidence.count(), db.question.count(), db.questionVersion.count(), db.citation.count(), db.quizSet.count(), db.quizItem.count()]);

const exportText = async (db: PrismaClient, scope: Parameters<typeof exportBundle>[1] = { kind: "all" }) => serializeBundle(await exportBundle(db, scope));

afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  for (const name of created) await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await prisma.$disconnect();
});

describe("a bundle moved between instances", { timeout: 240_000 }, () => {
  let first: PrismaClient;
  let second: PrismaClient;
  let exported: string;

  beforeAll(async () => {
    [first, second] = [await emptyDatabase("first"), await emptyDatabase("second")];
    await seedContent(first, await loadSeedBundle(contentBundle));
    exported = await exportText(first);
  }, 240_000);

  it("the seed through the bundle: everything of the seed file, and idempotent", async () => {
    const seed = (await loadSeedBundle(contentBundle)).bundle;
    const before = await counts(first);
    expect(before.slice(0, 1)).toEqual([seed.sources.length]);
    expect(before[5]).toBe(seed.questions.length);
    expect(before[8]).toBe(seed.quizSets.length);
    await seedContent(first, await loadSeedBundle(contentBundle));
    expect(await counts(first)).toEqual(before);
  });

  it("export → import into an empty database → export gives the same document", async () => {
    const reading = readBundle(exported);
    if (!reading.ok) throw new Error(reading.errors.join("\n"));
    const outcome = await second.$transaction((tx) => importCheckedBundle(tx, reading.checked, "upload"), { timeout: 120_000 });
    expect(outcome.imported).toBe(true);
    expect(await exportText(second)).toBe(exported);
    expect(await exportText(second, { kind: "set", slug: "the-full-article" })).toBe(await exportText(first, { kind: "set", slug: "the-full-article" }));
    expect(await counts(second)).toEqual(await counts(first));
  });

  it("keeps every citation resolving to the same words of its source in the other instance", async () => {
    const citations = await second.citation.findMany({ include: { evidence: { include: { source: { include: { sentences: true } } } } } });
    expect(citations.length).toBeGreaterThan(30);
    let resolved = 0;
    for (const { evidence } of citations) {
      if (evidence.source.text === null) {
        expect(evidence.start).toBeNull();
        continue;
      }
      const span = { start: evidence.start!, end: evidence.end! };
      expect(findQuote(evidence.source.text, evidence.quote)).toContainEqual(span);
      expect(evidence.source.sentences.some((s) => s.start <= span.start && span.start < s.end && s.citable)).toBe(true);
      resolved++;
    }
    expect(resolved).toBeGreaterThan(30);
  });

  it("an upload of what the instance already has is refused, at the lines of the handles, and writes nothing", async () => {
    const before = await counts(first);
    const reading = readBundle(exported);
    if (!reading.ok) throw new Error(reading.errors.join("\n"));
    const outcome = await first.$transaction((tx) => importCheckedBundle(tx, reading.checked, "upload"));
    expect(outcome.imported).toBe(false);
    const line = exported.split("\n").findIndex((l) => l.includes('"code": "F1"')) + 1;
    expect(outcome.plan.conflicts.map((c) => `line ${reading.lineOf(c.path)}: ${c.message}`)).toContain(`line ${line}: this site already has a fact F1: give this one another code (or null)`);
    // The seeded sources have the same text: reused, not refused.
    expect(outcome.plan.sources.every((s) => s.action === "reuse")).toBe(true);
    expect(await counts(first)).toEqual(before);
  });
});

describe("an admin's bundle import on a live instance", () => {
  let admin: CurrentUser;
  let teacher: Viewer;
  let student: Viewer;
  let run = 0;

  beforeAll(async () => {
    const [a, t, s] = await Promise.all([actorEmails.admin, actorEmails.teacher, actorEmails.student].map((email) => prisma.user.findUniqueOrThrow({ where: { email } })));
    admin = { id: a.id, email: a.email, name: a.name, roles: a.roles };
    teacher = { id: t.id, roles: t.roles };
    student = { id: s.id, roles: s.roles };
  });

  /** A small, valid bundle with handles of its own: an article, a fact, a question, a set (the export names a fact or question by its code). */
  function ownBundle(): { bundle: Bundle; slug: string; code: string } {
    const slug = `${tag}-${++run}`;
    const code = `${tag.toUpperCase()}-${run}`;
    const bundle: Bundle = {
      format: "cited-bundle",
      schemaVersion: 1,
      sources: [
        {
          slug: `${slug}-article`,
          title: "A short article",
          publisher: "The Example",
          url: "https://example.org/short",
          publishedAt: "2025-05-01",
          retrievedAt: null,
          summary: null,
          status: "PUBLISHED",
          revision: 1,
          previousRevision: null,
          text: "A short article\nThe bridge opened in 1932. It is 503 metres long.\nRead also: other bridges\n",
          layout: { headlineLine: 1, headingLines: [], relatedLines: [3], nonCitableSentences: [] },
        },
      ],
      facts: [
        { id: code, code, statement: "The bridge is 503 metres long.", kind: "FIGURE", attributedTo: null, asOf: null, evidence: [{ source: `${slug}-article`, quote: "It is 503 metres long.", span: null, stance: "SUPPORTS", note: null, claimant: null, asOf: null, carriedOverFrom: null }] },
      ],
      questions: [
        {
          id: code,
          code,
          status: "PUBLISHED",
          currentVersion: 1,
          versions: [
            {
              version: 1,
              type: "NUMERIC",
              stem: "How long is the bridge, in metres?",
              options: { unit: "metres" },
              key: { value: 503, tolerance: 0, toleranceKind: "absolute" },
              feedback: null,
              explanation: "The article says it is **503 metres** long.",
              points: 1,
              difficulty: 2,
              tags: ["bridge"],
              citations: [{ fact: code, source: `${slug}-article`, quote: "It is 503 metres long." }],
            },
          ],
        },
      ],
      quizSets: [{ slug: `${slug}-set`, title: "The bridge", description: "One question.", status: "PUBLISHED", isPublic: false, shuffleQuestions: false, shuffleOptions: true, questions: [code] }],
    };
    return { bundle, slug, code };
  }

  const mine = async (slug: string, code: string) =>
    Promise.all([
      prisma.source.count({ where: { slug: { startsWith: slug } } }),
      prisma.fact.count({ where: { code } }),
      prisma.question.count({ where: { code } }),
      prisma.quizSet.count({ where: { slug: { startsWith: slug } } }),
    ]);

  it("previews, imports in one transaction, audits, and exports the set back as it came", async () => {
    const { bundle, slug, code } = ownBundle();
    const text = serializeBundle(bundle);
    const preview = await previewContentImport(admin, text);
    expect(preview).toMatchObject({ ok: true, plan: { sources: [{ action: "create" }], quizSets: [{ title: "The bridge", questions: 1, action: "create" }] } });
    const outcome = await importContentBundle(admin, text);
    expect(outcome).toMatchObject({ imported: true, counts: { sources: 1, facts: 1, evidence: 1, questions: 1, versions: 1, quizSets: 1 } });
    expect(await mine(slug, code)).toEqual([1, 1, 1, 1]);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityType: "ContentImport", entityId: outcome.imported ? outcome.importId : "" } });
    expect(audit).toMatchObject({ actorId: admin.id, action: "content.import" });
    const back = await exportContentBundle(admin, { kind: "set", slug: `${slug}-set` });
    const reread = JSON.parse(back.body) as Bundle;
    // The export adds the span each quote resolved to; otherwise it is what was imported.
    expect(reread.facts[0].evidence[0].span).toEqual({ start: 43, end: 65 });
    reread.facts[0].evidence[0].span = null;
    expect(reread).toEqual(bundle);
    expect(back.fileName).toBe(`cited-set-${slug}-set.bundle.json`);
  });

  it("a bad file imports nothing, and says where", async () => {
    const { bundle, slug, code } = ownBundle();
    bundle.facts[0].evidence[0].quote = "It is 530 metres long.";
    const text = serializeBundle(bundle);
    const line = text.split("\n").findIndex((l) => l.includes("530 metres")) + 1;
    const expected = `line ${line}: The quote does not occur in the source: “It is 530 metres long.”.`;
    expect(await previewContentImport(admin, text)).toEqual({ ok: false, errors: expect.arrayContaining([expected]) });
    expect(await importContentBundle(admin, text)).toEqual({ imported: false, errors: expect.arrayContaining([expected]) });
    expect(await mine(slug, code)).toEqual([0, 0, 0, 0]);
  });

  it("a handle the site already uses, late in the file, refuses the whole file", async () => {
    const { bundle, slug, code } = ownBundle();
    bundle.quizSets[0].slug = "the-full-article";
    const text = serializeBundle(bundle);
    const line = text.split("\n").findIndex((l) => l.includes('"slug": "the-full-article"')) + 1;
    expect(await importContentBundle(admin, text)).toEqual({ imported: false, errors: [`line ${line}: this site already has a quiz set “the-full-article”: give this one another slug`] });
    expect(await mine(slug, code)).toEqual([0, 0, 0, 0]);
  });

  it("goes preview → confirm through the action, and refuses a confirmation that was tampered with", async () => {
    const { bundle, slug, code } = ownBundle();
    const context: ActionContext = { user: admin, origin: "http://cited.test", host: "cited.test", ip: "198.51.100.41", deviceToken: null };
    const file = new File([serializeBundle(bundle)], "bundle.json", { type: "application/json" });
    const preview = await importAction.run(context, { step: "preview", file });
    expect(preview.ok).toBe(true);
    const staged = ((preview.ok ? preview.data : null) as BundleImportResult & { kind: "preview" }).staged;
    const tampered = await importAction.run(context, { step: "confirm", staged: `${staged.slice(0, -3)}xyz` });
    expect(tampered).toMatchObject({ ok: false, status: 422, message: "This preview is more than an hour old or was changed. Upload the file again." });
    expect(await mine(slug, code)).toEqual([0, 0, 0, 0]);
    const confirmed = await importAction.run(context, { step: "confirm", staged });
    expect(confirmed).toMatchObject({ ok: true, data: { kind: "imported", counts: { quizSets: 1 } } });
    expect(await mine(slug, code)).toEqual([1, 1, 1, 1]);
    const big = new File(["x".repeat(901 * 1024)], "big.json");
    expect(await importAction.run(context, { step: "preview", file: big })).toMatchObject({ ok: false, status: 422, fieldErrors: { file: ["A bundle may be at most 900 KB: export and import one quiz set at a time."] } });
  });

  it("only admins may export or import", async () => {
    const { bundle, slug, code } = ownBundle();
    const text = serializeBundle(bundle);
    for (const viewer of [teacher, student]) {
      await expect(exportContentBundle(viewer, { kind: "all" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(previewContentImport(viewer, text)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(importContentBundle(viewer, text)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(exportContentBundle(null, { kind: "all" })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(importContentBundle(null, text)).rejects.toBeInstanceOf(UnauthenticatedError);
    const context: ActionContext = { user: { id: teacher.id, email: actorEmails.teacher, name: "Teacher", roles: teacher.roles }, origin: "http://cited.test", host: "cited.test", ip: "198.51.100.42", deviceToken: null };
    expect(await importAction.run(context, { step: "preview", file: new File([text], "b.json") })).toMatchObject({ ok: false, status: 403 });
    expect(await mine(slug, code)).toEqual([0, 0, 0, 0]);
  });

  it("exporting a set that is not an admin's is a 404", async () => {
    await expect(exportContentBundle(admin, { kind: "set", slug: `${tag}-nothing` })).rejects.toMatchObject({ status: 404 });
  });
});
