import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { ReturnToSchema } from "@/lib/validation/account";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const next = ReturnToSchema.parse((await searchParams).next);
  if (await getCurrentUser()) redirect(next ?? "/");
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Sign in" lead="Your scores and progress are kept when you are signed in." />
      <Card>
        <SignInForm next={next} />
      </Card>
    </div>
  );
}
