import { z } from "zod";
import { EmailSchema } from "@/lib/identity/email";
import { NewPasswordSchema } from "@/lib/identity/password-policy";
import { noControlCharacters } from "@/lib/domain/control-characters";

const NameSchema = z
  .string({ error: "Enter your name." })
  .transform((v) => v.normalize("NFC").trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, "Enter your name.")
      .max(100, "Use at most 100 characters.")
      .refine(noControlCharacters.check, noControlCharacters.message),
  );

/** Only a path on this site: never `//evil.example` or `https://…` (open redirect). */
export const ReturnToSchema = z
  .string()
  .optional()
  .transform((v) => (v && /^\/(?![/\\])[\x21-\x7e]*$/.test(v) ? v : undefined));

// A typed password is never trimmed or normalised beyond NFC: it is compared as entered.
const TypedPassword = z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1024, "That is too long.");

export const SignInSchema = z.object({ email: EmailSchema, password: TypedPassword, next: ReturnToSchema });

export const SignUpSchema = z.object({ name: NameSchema, email: EmailSchema, password: NewPasswordSchema });

export const ProfileSchema = z.object({ name: NameSchema });

export const ChangePasswordSchema = z
  .object({ currentPassword: TypedPassword, newPassword: NewPasswordSchema, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword.normalize("NFC"), {
    path: ["confirmPassword"],
    message: "The two new passwords are not the same.",
  });

export const EmptySchema = z.object({});

export const ForgotPasswordSchema = z.object({ email: EmailSchema });

export const ResetPasswordSchema = z
  .object({ token: z.string().max(100), newPassword: NewPasswordSchema, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword.normalize("NFC"), {
    path: ["confirmPassword"],
    message: "The two new passwords are not the same.",
  });
