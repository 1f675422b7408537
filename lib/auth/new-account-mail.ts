import "server-only";
// The set-password links of imported accounts, e-mailed when SMTP_URL is set. Without it nothing
// is sent (nor written to the log: the admin has the links on screen and in the CSV download).
import { env } from "@/lib/env";
import { passwordTokenLifetimeSeconds } from "@/lib/identity/password-token";
import { sendMail } from "@/lib/mail/send-mail";

export type MailStatus = "sent" | "failed" | "not-configured";

const parallel = 4;

export async function mailNewAccounts(accounts: { name: string; email: string; link: string }[]): Promise<MailStatus[]> {
  if (!env().SMTP_URL) return accounts.map(() => "not-configured");
  const days = passwordTokenLifetimeSeconds.SETUP / 86_400;
  const status: MailStatus[] = [];
  for (let start = 0; start < accounts.length; start += parallel) {
    const batch = accounts.slice(start, start + parallel);
    const results = await Promise.allSettled(
      batch.map((a) =>
        sendMail({
          to: a.email,
          subject: "Your Cited account",
          text: `Hello ${a.name},\n\nAn account on Cited has been made for you. Open this link within ${days} days to choose your password (it works once):\n\n${a.link}\n\nThen sign in with this email address: ${a.email}\n`,
        }),
      ),
    );
    for (const r of results) {
      if (r.status === "rejected") console.error("new account mail failed", r.reason);
      status.push(r.status === "fulfilled" ? "sent" : "failed");
    }
  }
  return status;
}
