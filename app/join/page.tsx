import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage() {
  await requireUser("/join");
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Join a class" lead="Enter the code your teacher gave you. Your class's assignments then appear on your Quizzes page." />
      <Card>
        <JoinClassForm />
      </Card>
      <p className="mt-6 text-sm">
        <Link href="/quizzes" className="text-accent underline">
          Your quizzes
        </Link>
      </p>
    </div>
  );
}
