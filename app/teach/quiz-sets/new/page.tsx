import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { QuizSetForm } from "@/components/teach/quiz-set-form";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New quiz set" };

export default async function NewQuizSetPage() {
  await requireRole(["TEACHER", "ADMIN"], "/teach/quiz-sets/new");
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/teach/quiz-sets" className="text-accent underline">
          ← Quiz sets
        </Link>
      </p>
      <PageHeader title="New quiz set" lead="Name the set, then add questions from the bank. Only your classes' assignments use it." />
      <QuizSetForm />
    </>
  );
}
