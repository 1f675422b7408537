import type { Metadata } from "next";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { bundleMaxBytes } from "@/lib/content/bundle-schema";
import { listExportableSets } from "@/lib/data/content-transfer";
import { BundleImportForm } from "./bundle/import-form";

export const metadata: Metadata = { title: "Import and export" };

const linkClass = "inline-flex min-h-10 items-center text-accent underline";

export default async function TransferPage() {
  const admin = await requireRole(["ADMIN"], "/admin/transfer");
  const sets = await listExportableSets(admin);
  return (
    <>
      <PageHeader title="Import and export" lead="Move content between Cited sites as a Cited bundle, or exchange questions with Moodle as GIFT." />
      <AuthoringNav current="/admin/transfer" />

      <section aria-labelledby="export-heading" className="mb-10 flex max-w-prose flex-col gap-3">
        <h2 id="export-heading" className="text-xl font-semibold">
          Export a Cited bundle
        </h2>
        <p className="text-sm text-muted">
          One JSON file with the sources and their text, the facts and evidence, every version of each question and the quiz sets. Users, classes and attempts
          are never in it.
        </p>
        <p>
          <a href="/admin/transfer/bundle" download className={linkClass}>
            Download all content
          </a>
        </p>
        {sets.length > 0 ? (
          <>
            <h3 className="font-semibold">One quiz set, with what it needs</h3>
            <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-card">
              {sets.map((set) => (
                <li key={set.slug} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
                  <span className="min-w-0 wrap-anywhere">
                    {set.title} <span className="text-sm text-muted">({set._count.items === 1 ? "1 question" : `${set._count.items} questions`})</span>{" "}
                    {set.status !== "PUBLISHED" ? <Badge>{set.status.toLowerCase()}</Badge> : null}
                  </span>
                  <a href={`/admin/transfer/bundle?set=${encodeURIComponent(set.slug)}`} download className={linkClass} aria-label={`Download the set ${set.title}`}>
                    Download
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="import-heading" className="mb-10 flex max-w-prose flex-col gap-3">
        <h2 id="import-heading" className="text-xl font-semibold">
          Import a Cited bundle
        </h2>
        <p className="text-sm text-muted">
          Everything in the file is checked first: each quote must occur in its source’s text, each question must be valid for its type, and a published question
          must cite a quote that resolves. A problem is shown with its line in the file, and nothing is imported until there is none; then all of it is imported
          at once. A slug or code this site already uses is refused (a source with the very same text is reused). At most {Math.round(bundleMaxBytes / 1024)} KB:
          move a large site one quiz set at a time.
        </p>
        <BundleImportForm />
      </section>

      <section aria-labelledby="gift-heading" className="mb-10 flex max-w-prose flex-col gap-3">
        <h2 id="gift-heading" className="text-xl font-semibold">
          GIFT (Moodle)
        </h2>
        <p>
          <a href="/admin/transfer/gift" className={linkClass}>
            Import and export questions as GIFT
          </a>
        </p>
      </section>
    </>
  );
}
