import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { landingPath } from "@/lib/domain/landing";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(landingPath(user.roles));
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Create an account" lead="New accounts are student accounts. A teacher gives you a code to join their class." />
      <Card>
        <SignUpForm />
      </Card>
    </div>
  );
}
