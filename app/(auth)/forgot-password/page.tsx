import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Forgot your password?" lead="Enter the email you sign in with. We send a link to choose a new password." />
      <Card className="flex flex-col gap-4">
        <ForgotPasswordForm />
        <p className="text-sm text-muted">
          No e-mail arriving? Your teacher or an admin can give you a reset link too.{" "}
          <Link href="/sign-in" className="text-accent underline">
            Back to sign in
          </Link>
        </p>
      </Card>
    </div>
  );
}
