import { defineAction } from "./define-action";
import { mailNewAccounts, type MailStatus } from "@/lib/auth/new-account-mail";
import { importUsers, previewUserImport } from "@/lib/data/user-import";
import { decodeUpload } from "@/lib/domain/user-import";
import type { ImportPlan } from "@/lib/domain/user-import-plan";
import { env } from "@/lib/env";
import { ValidationError } from "@/lib/errors";
import { readStagedImport, signStagedImport } from "@/lib/identity/import-staging";
import { passwordLink } from "@/lib/identity/password-token";
import { UserImportSchema } from "@/lib/validation/user-import";

/** What the import page shows after each step. */
export type UserImportResult =
  | { kind: "preview"; plan: ImportPlan; staged: string | null }
  | { kind: "imported"; accounts: { name: string; email: string; link: string; className: string | null; mail: MailStatus }[]; skipped: number };

export const importUsersFromCsv = defineAction({
  name: "importUsersFromCsv",
  access: ["ADMIN"],
  schema: UserImportSchema,
  async handler(input, context) {
    const admin = context.user!;
    const secret = env().AUTH_SECRET;
    if (input.step === "preview") {
      let text = input.csv ?? "";
      if (input.file) {
        const decoded = decodeUpload(new Uint8Array(await input.file.arrayBuffer()));
        if ("error" in decoded) throw new ValidationError(decoded.error, { file: [decoded.error] });
        text = decoded.text;
      }
      if (text.trim() === "") throw new ValidationError("Choose a CSV file or paste its text.", { file: ["Choose a CSV file or paste its text."] });
      const { plan, digest } = await previewUserImport(admin, text);
      const ready = plan.fileErrors.length === 0 && plan.errors === 0 && plan.creates > 0;
      const data: UserImportResult = { kind: "preview", plan, staged: ready ? signStagedImport(secret, { adminId: admin.id, text, creates: digest }) : null };
      return { message: previewMessage(plan), data };
    }

    const staged = readStagedImport(secret, input.staged, admin.id);
    if (!staged) throw new ValidationError("This preview is more than an hour old or was changed. Upload the file again.");
    const outcome = await importUsers(admin, staged.text, staged.creates);
    if (!outcome.imported) {
      const data: UserImportResult = { kind: "preview", plan: outcome.plan, staged: null };
      const why = outcome.reason === "changed" ? "Some accounts were created since the preview" : "Some rows have problems now";
      return { message: `${why}, so nothing was imported. Upload the file again to see the new preview.`, data };
    }
    const links = outcome.accounts.map((a) => ({ ...a, link: passwordLink(env().APP_URL ?? context.origin!, a.token) }));
    const mail = await mailNewAccounts(links);
    const data: UserImportResult = {
      kind: "imported",
      skipped: outcome.skipped,
      accounts: links.map((a, i) => ({ name: a.name, email: a.email, link: a.link, className: a.className, mail: mail[i] })),
    };
    const count = links.length === 1 ? "1 account" : `${links.length} accounts`;
    const skipped = outcome.skipped ? ` (${outcome.skipped} already had one and ${outcome.skipped === 1 ? "was" : "were"} left as ${outcome.skipped === 1 ? "it was" : "they were"})` : "";
    return { message: `Imported ${count}${skipped}. Copy the links now: they are not shown again.`, data, effects: { revalidate: ["/admin/users"] } };
  },
});

function previewMessage(plan: ImportPlan): string {
  if (plan.fileErrors.length > 0) return "The file cannot be imported: see below.";
  if (plan.errors > 0) return `${plan.errors} ${plan.errors === 1 ? "row has a problem" : "rows have problems"}: fix the file and preview it again. Nothing is imported until every row is fine.`;
  if (plan.creates === 0) return "Every account in the file exists already: there is nothing to import.";
  return `Ready: ${plan.creates} new ${plan.creates === 1 ? "account" : "accounts"}${plan.skips ? `, ${plan.skips} left as they are` : ""}. Check the table, then confirm.`;
}
