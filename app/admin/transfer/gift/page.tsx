import type { Metadata } from "next";
import Link from "next/link";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { GiftExportList } from "@/components/authoring/gift/gift-export-list";
import { GiftImportForm } from "@/components/authoring/gift/gift-import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { MAX_GIFT_BYTES } from "@/lib/content/gift/parse";
import { listGiftExportSets } from "@/lib/data/gift-export";

export const metadata: Metadata = { title: "GIFT import and export" };

export default async function GiftTransferPage() {
  const admin = await requireRole(["ADMIN"], "/admin/transfer/gift");
  const sets = await listGiftExportSets(admin);
  return (
    <>
      <PageHeader
        title="GIFT import and export"
        lead="Move questions to and from Moodle and other tools that read GIFT, or between Cited instances with their citations."
      />
      <AuthoringNav current="/admin/transfer" />
      <p className="mb-6 text-sm">
        <Link href="/admin/transfer" className="text-accent underline">
          ← Import and export
        </Link>
      </p>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="import-heading" className="flex min-w-0 flex-col gap-4">
          <h2 id="import-heading" className="text-xl font-semibold">
            Import a GIFT file
          </h2>
          <div className="flex max-w-prose flex-col gap-2 text-sm">
            <p>
              Single choice, multiple answers (equal <code>~%50%</code> weights), true/false, numeric, short answer and matching questions are read.
              Essays, descriptions, missing words inside a sentence and partial credit are not: the preview names the line of each. One problem and
              nothing is imported.
            </p>
            <p>
              Every question arrives as a <strong>draft</strong>. Lines starting <code>{"// cited:"}</code> (written by Cited’s export) bring back its code and
              its citations when the same facts and sources exist here; a draft needs a citation that resolves before it can be published.
            </p>
          </div>
          <GiftImportForm sets={sets.map((s) => ({ slug: s.slug, title: s.title }))} maxKb={MAX_GIFT_BYTES / 1024} />
        </section>
        <section aria-labelledby="export-heading" className="flex min-w-0 flex-col gap-4">
          <h2 id="export-heading" className="text-xl font-semibold">
            Export
          </h2>
          <p className="max-w-prose text-sm">
            The current version of each question, in the set’s order, as a <code>.txt</code> file. Ordering questions have no GIFT form: they are left out and
            named at the top of the file.
          </p>
          <GiftExportList sets={sets} />
        </section>
      </div>
    </>
  );
}
