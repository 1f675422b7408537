"use client";

import Link from "next/link";
import { useActionState } from "react";
import { importUsersFromCsv } from "@/app/actions/user-import";
import { ImportedAccounts } from "@/components/admin/imported-accounts";
import { UserImportPreview } from "@/components/admin/user-import-preview";
import { Button } from "@/components/ui/button";
import { FieldFrame } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { UserImportResult } from "@/lib/actions/user-import";

const controlClass = "rounded-md border border-line bg-card px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400";

/**
 * Upload (or paste) → preview → confirm, each a plain form post, so it works without JavaScript.
 * The preview carries the file to the confirmation in a signed hidden field.
 */
export function UserImportForm() {
  const [state, action, pending] = useActionState(importUsersFromCsv, null);
  const result = state?.ok ? (state.data as UserImportResult | undefined) : undefined;

  if (result?.kind === "imported") {
    return (
      <div className="flex flex-col gap-4">
        <FormStatus state={state} />
        <ImportedAccounts accounts={result.accounts} />
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href="/admin/users/import" className="inline-flex min-h-6 items-center text-accent underline">
            Import another file
          </Link>
          <Link href="/admin/users" className="inline-flex min-h-6 items-center text-accent underline">
            All users
          </Link>
        </p>
      </div>
    );
  }

  const preview = result?.kind === "preview" ? result : undefined;
  // A preview that cannot be confirmed is a refusal: shown as one, though the action succeeded.
  const status = preview && !preview.staged && state?.ok ? { ok: false as const, status: 422, message: state.message ?? "" } : state;
  return (
    <div className="flex flex-col gap-6">
      <form action={action} className="flex flex-col gap-4">
        <input type="hidden" name="step" value="preview" />
        <FieldFrame label="CSV file" hint="UTF-8, at most 256 KB and 2,000 accounts." errors={state && !state.ok ? state.fieldErrors?.file : undefined}>
          {(control) => <input {...control} type="file" name="file" accept=".csv,text/csv,text/plain" className={`min-h-10 max-w-full ${controlClass}`} />}
        </FieldFrame>
        <FieldFrame label="Or paste the CSV text" hint="Used when no file is chosen." errors={state && !state.ok ? state.fieldErrors?.csv : undefined}>
          {(control) => <textarea {...control} name="csv" rows={6} defaultValue={state && !state.ok ? state.values?.csv : undefined} className={`font-mono text-sm ${controlClass}`} />}
        </FieldFrame>
        <div>
          <Button variant={preview?.staged ? "secondary" : "primary"} disabled={pending}>
            Preview
          </Button>
        </div>
      </form>
      <FormStatus state={status} />
      {preview ? <UserImportPreview plan={preview.plan} /> : null}
      {preview?.staged ? (
        <form action={action} className="flex flex-col gap-2">
          <input type="hidden" name="step" value="confirm" />
          <input type="hidden" name="staged" value={preview.staged} />
          <p className="text-sm text-muted">Confirming creates every new account above at once, or none if anything changed since this preview.</p>
          <div>
            <Button disabled={pending}>
              Create {preview.plan.creates} {preview.plan.creates === 1 ? "account" : "accounts"}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
