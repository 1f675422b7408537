import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { findUsableToken, invalidLink } from "@/lib/data/password-tokens";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const usable = typeof token === "string" ? await findUsableToken(token) : null;
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={usable?.purpose === "SETUP" ? "Choose your password" : "Choose a new password"} lead={usable ? `For ${usable.email}.` : undefined} />
      <Card className="flex flex-col gap-4">
        {usable && typeof token === "string" ? (
          <ResetPasswordForm token={token} email={usable.email} />
        ) : (
          <>
            <p role="alert">{invalidLink}</p>
            <Link href="/forgot-password" className="text-accent underline">
              Ask for a new link
            </Link>
          </>
        )}
      </Card>
    </div>
  );
}
