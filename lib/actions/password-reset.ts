import { defineAction } from "./define-action";
import { requestPasswordReset as request, resetRequested } from "@/lib/auth/password-reset";
import { issueResetLinkAsAdmin, setPasswordWithToken } from "@/lib/data/password-tokens";
import { env } from "@/lib/env";
import { passwordLink, passwordTokenLifetimeSeconds } from "@/lib/identity/password-token";
import { ForgotPasswordSchema, ResetPasswordSchema } from "@/lib/validation/account";
import { ResetLinkSchema } from "@/lib/validation/admin-users";

export const requestPasswordReset = defineAction({
  name: "requestPasswordReset",
  access: "anyone",
  schema: ForgotPasswordSchema,
  async handler(input, context) {
    await request({ email: input.email, ip: context.ip, origin: context.origin! });
    return { message: resetRequested };
  },
});

export const resetPassword = defineAction({
  name: "resetPassword",
  access: "anyone",
  schema: ResetPasswordSchema,
  async handler(input) {
    await setPasswordWithToken(input.token, input.newPassword);
    // Signed out everywhere; the person signs in with the new password (no session from a link).
    return { effects: { endSession: true, redirectTo: "/sign-in?reset=1" } };
  },
});

export const issueResetLink = defineAction({
  name: "issueResetLink",
  access: ["ADMIN"],
  schema: ResetLinkSchema,
  async handler(input, context) {
    const { token, email } = await issueResetLinkAsAdmin(context.user, input.userId);
    const link = passwordLink(env().APP_URL ?? context.origin!, token);
    const hours = passwordTokenLifetimeSeconds.ADMIN_RESET / 3600;
    return { message: `A reset link for ${email}, valid once for ${hours} hours. Copy it now: it is not shown again.`, data: { link } };
  },
});
