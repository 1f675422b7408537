import type { Metadata } from "next";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const roles = user.roles.map((r) => r.toLowerCase()).join(", ");
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title="Your account" lead={`${user.email} · ${roles}`} />
      <div className="flex flex-col gap-6">
        <Card as="section">
          <h2 className="mb-4 text-lg font-semibold">Name</h2>
          <ProfileForm name={user.name} />
        </Card>
        <Card as="section">
          <h2 className="mb-4 text-lg font-semibold">Password</h2>
          <PasswordForm />
        </Card>
      </div>
    </div>
  );
}
