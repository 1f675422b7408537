import { defineAction } from "./define-action";
import { signInWithPassword, signUpStudent } from "@/lib/auth/credentials";
import { changePassword as storeNewPassword, endSessions, updateName } from "@/lib/data/users";
import { ConflictError } from "@/lib/errors";
import { landingPath } from "@/lib/domain/landing";
import { ChangePasswordSchema, EmptySchema, ProfileSchema, SignInSchema, SignUpSchema } from "@/lib/validation/account";

export const signIn = defineAction({
  name: "signIn",
  access: "anyone",
  schema: SignInSchema,
  async handler(input, context) {
    const { roles, ...user } = await signInWithPassword({ ...input, ip: context.ip, deviceToken: context.deviceToken });
    return { effects: { startSession: user, redirectTo: input.next ?? landingPath(roles) } };
  },
});

export const signUp = defineAction({
  name: "signUp",
  access: "anyone",
  schema: SignUpSchema,
  async handler(input, context) {
    // A new email and a taken one get the same answer, after the same work (the password is
    // hashed either way): nobody learns from sign-up whether an email has an account. So the
    // new account is not signed in at once; its owner signs in next, like everyone else.
    try {
      await signUpStudent({ ...input, ip: context.ip });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
    return { effects: { redirectTo: "/sign-in?created=1" } };
  },
});

export const signOut = defineAction({
  name: "signOut",
  access: "signed-in",
  schema: EmptySchema,
  async handler(_input, context) {
    await endSessions(context.user);
    return { effects: { endSession: true, redirectTo: "/" } };
  },
});

export const updateProfile = defineAction({
  name: "updateProfile",
  access: "signed-in",
  schema: ProfileSchema,
  async handler(input, context) {
    await updateName(context.user, input.name);
    // The name is in the header of every page.
    return { message: "Your name was saved.", effects: { revalidate: ["/"] } };
  },
});

export const changePassword = defineAction({
  name: "changePassword",
  access: "signed-in",
  schema: ChangePasswordSchema,
  async handler(input, context) {
    const sessionVersion = await storeNewPassword(context.user, input);
    // Every other session has ended; this browser gets a new one.
    return {
      message: "Your password was changed. You were signed out everywhere else.",
      effects: { startSession: { id: context.user!.id, email: context.user!.email, sessionVersion } },
    };
  },
});
