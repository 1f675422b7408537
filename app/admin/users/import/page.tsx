import type { Metadata } from "next";
import Link from "next/link";
import { UserImportForm } from "@/components/admin/user-import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { sampleUserImport } from "@/lib/domain/user-import";

export const metadata: Metadata = { title: "Import users" };

const sampleHref = `data:text/csv;charset=utf-8,${encodeURIComponent(sampleUserImport)}`;

export default async function ImportUsersPage() {
  await requireRole(["ADMIN"], "/admin/users/import");
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/admin/users" className="text-accent underline">
          ← All users
        </Link>
      </p>
      <PageHeader title="Import users" lead="Create many accounts from a CSV file. You see what will happen to each row before anything is created; then every new account is created at once, or none." />
      <section aria-labelledby="format-heading" className="mb-6 flex max-w-prose flex-col gap-2 text-sm">
        <h2 id="format-heading" className="text-lg font-semibold">
          The file
        </h2>
        <p>
          A first line naming the columns <code>name</code>, <code>email</code>, <code>role</code> and, if you want, <code>class code</code> (in any order, upper
          or lower case), then one account per line. Cells are separated by commas or by semicolons (as spreadsheets in some languages save them); a cell
          holding either goes in double quotes. Save from your spreadsheet as “CSV UTF-8”.
        </p>
        <ul className="list-disc pl-5">
          <li>
            <strong>role</strong>: student, teacher or admin (empty means student).
          </li>
          <li>
            <strong>class code</strong>: the join code of an open class; the new student joins it. Only for students.
          </li>
          <li>An email that already has an account is left as it is: no change to its roles, classes or password, and no link.</li>
          <li>A name that starts with = + - or @ is kept as text, never run as a formula.</li>
        </ul>
        <p>
          <a href={sampleHref} download="cited-users-sample.csv" className="text-accent underline">
            Download a sample file
          </a>
        </p>
        <p>Each new account gets a one-time link to choose its password, valid for 7 days: shown here once, and e-mailed when the server has an SMTP server set up.</p>
      </section>
      <UserImportForm />
    </>
  );
}
