import { defineAction } from "./define-action";
import { setDisabled, setRoles } from "@/lib/data/users";
import { SetDisabledSchema, SetRolesSchema } from "@/lib/validation/admin-users";

export const setUserRoles = defineAction({
  name: "setUserRoles",
  access: ["ADMIN"],
  schema: SetRolesSchema,
  async handler(input, context) {
    await setRoles(context.user, input.userId, input["roles[]"]);
    return { message: "Roles saved. The user's sessions have ended.", effects: { revalidate: ["/admin/users"] } };
  },
});

export const setUserDisabled = defineAction({
  name: "setUserDisabled",
  access: ["ADMIN"],
  schema: SetDisabledSchema,
  async handler(input, context) {
    await setDisabled(context.user, input.userId, input.disabled);
    return {
      message: input.disabled ? "Account disabled. Its sessions have ended." : "Account enabled.",
      effects: { revalidate: ["/admin/users"] },
    };
  },
});
