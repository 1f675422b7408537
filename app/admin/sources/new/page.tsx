import type { Metadata } from "next";
import Link from "next/link";
import { saveSource } from "@/app/actions/source-authoring";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { SourceForm } from "@/components/authoring/sources/source-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  await requireRole(["ADMIN"], "/admin/sources/new");
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/admin/sources" className="text-accent underline">
          ← All sources
        </Link>
      </p>
      <PageHeader title="Add a source" lead="Paste the article’s text, or add a link-only source. Preview shows how the text is split into sentences before anything is saved." />
      <AuthoringNav current="/admin/sources" />
      <div className="max-w-3xl">
        <SourceForm action={saveSource} />
      </div>
    </>
  );
}
