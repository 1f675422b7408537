import { z } from "zod";

/** One spelling per address: Unicode-normalised, trimmed, lower-case. */
export function normaliseEmail(email: string): string {
  return email.normalize("NFKC").trim().toLowerCase();
}

export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .transform(normaliseEmail)
  .pipe(z.email("Enter a valid email address, like name@example.com.").max(254, "That email address is too long."));
