import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { landingPath } from "@/lib/domain/landing";
import { ReturnToSchema } from "@/lib/validation/account";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string; created?: string; reset?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = ReturnToSchema.parse(params.next);
  const user = await getCurrentUser();
  if (user) redirect(next ?? landingPath(user.roles));
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Sign in" lead="Your scores and progress are kept when you are signed in." />
      {params.created === "1" ? (
        // The same words whether or not the email already had an account (no enumeration).
        <p role="note" className="mb-6 rounded-md border-l-4 border-accent bg-card px-4 py-3">
          Now sign in with the email and password you chose. If that email already had an account, sign in with its own password.
        </p>
      ) : null}
      {params.reset === "1" ? (
        <p role="note" className="mb-6 rounded-md border-l-4 border-accent bg-card px-4 py-3">
          Your new password is saved, and every session of the account has ended. Sign in with the new password.
        </p>
      ) : null}
      <Card>
        <SignInForm next={next} />
      </Card>
    </div>
  );
}
