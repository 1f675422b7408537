import type { Metadata } from "next";
import { AuthoringNav } from "@/components/admin/authoring-nav";
import { FactForm } from "@/components/authoring/facts/fact-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New fact" };

export default async function NewFactPage() {
  await requireRole(["ADMIN"], "/admin/facts/new");
  return (
    <>
      <PageHeader title="New fact" lead="Write what the source says. You add the evidence (the source's own words) on the next page." />
      <AuthoringNav current="/admin/facts" />
      <div className="max-w-3xl">
        <FactForm initial={{ code: "", statement: "", kind: "FACT", attributedTo: "", asOf: "" }} />
      </div>
    </>
  );
}
