import { ScrollRegion } from "@/components/ui/scroll-region";
import type { MailStatus } from "@/lib/auth/new-account-mail";
import { neutraliseCell } from "@/lib/domain/csv-safety";

export type ImportedAccount = { name: string; email: string; link: string; className: string | null; mail: MailStatus };
export type ImportedAccountsProps = { accounts: ImportedAccount[] };

const mailWords: Record<MailStatus, string> = {
  sent: "E-mailed",
  failed: "E-mail failed: hand over the link",
  "not-configured": "Not e-mailed (no SMTP server set up): hand over the link",
};

function cell(value: string): string {
  return `"${neutraliseCell(value).replace(/"/g, '""')}"`;
}

/** The links as a CSV file in a data: URL, made from the same rows as the table (no second request, no JavaScript). */
export function linksCsvHref(accounts: ImportedAccount[]): string {
  const lines = ["name,email,class,link,e-mail", ...accounts.map((a) => [a.name, a.email, a.className ?? "", a.link, mailWords[a.mail]].map(cell).join(","))];
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${lines.join("\r\n")}\r\n`)}`;
}

/** The new accounts' one-time links, shown once: each in a field to copy, and all in a download. */
export function ImportedAccounts({ accounts }: ImportedAccountsProps) {
  return (
    <section aria-labelledby="links-heading" className="flex flex-col gap-3">
      <h2 id="links-heading" className="text-xl font-semibold">
        Set-password links
      </h2>
      <p className="text-sm text-muted">Each link works once, for 7 days. This page shows them only now: download or copy them before leaving.</p>
      <p>
        <a href={linksCsvHref(accounts)} download="cited-new-accounts.csv" className="inline-flex min-h-10 items-center rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink hover:opacity-90">
          Download the links (CSV)
        </a>
      </p>
      <ScrollRegion label="New accounts and their links" className="rounded-lg border border-line bg-card">
        <table className="w-full min-w-[44rem] text-sm">
          <caption className="sr-only">New accounts and their set-password links</caption>
          <thead className="border-b border-line bg-paper">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">Name</th>
              <th scope="col" className="px-3 py-2 text-left font-medium">Email</th>
              <th scope="col" className="px-3 py-2 text-left font-medium">Link</th>
              <th scope="col" className="px-3 py-2 text-left font-medium">E-mail</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a, i) => (
              <tr key={a.email} className="border-b border-line last:border-0 align-top">
                <td className="px-3 py-2 break-words">{a.name}</td>
                <td className="px-3 py-2 whitespace-nowrap">{a.email}</td>
                <td className="px-3 py-2">
                  <label htmlFor={`link-${i}`} className="sr-only">
                    Set-password link for {a.email}
                  </label>
                  <input id={`link-${i}`} readOnly value={a.link} className="min-h-10 w-full min-w-[16rem] rounded-md border border-line bg-paper px-2 py-1 font-mono text-xs" />
                </td>
                <td className="min-w-[12rem] px-3 py-2">{mailWords[a.mail]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
