import "server-only";
// Sends e-mail through the SMTP server in SMTP_URL (nodemailer). Without one (development, or
// a school that has not set it up) the message is written to the server log instead, so a
// reset link can still be found by whoever runs the server.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

let transport: Transporter | null = null;

export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    console.log(`[mail] SMTP_URL is not set; this message was not sent:\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n`);
    return;
  }
  transport ??= nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({ from: MAIL_FROM ?? "Cited <no-reply@localhost>", to: mail.to, subject: mail.subject, text: mail.text });
}
