// Every action definition, by name. A "use server" export must serve one of these (the
// policy test checks that each is listed, with who may call it).
import * as account from "./account";
import * as adminUsers from "./admin-users";
import * as attempts from "./attempts";
import * as classes from "./classes";
import * as factAuthoring from "./fact-authoring";
import * as giftTransfer from "./gift-transfer";
import * as contentTransfer from "./content-transfer";
import * as gradebook from "./gradebook";
import * as passwordReset from "./password-reset";
import * as questionAuthoring from "./question-authoring";
import * as regrade from "./regrade";
import * as sourceAuthoring from "./source-authoring";
import * as setAuthoring from "./set-authoring";
import * as teacherAssignments from "./teacher-assignments";
import * as userImport from "./user-import";
import type { ActionDefinition } from "./define-action";

export const actions: Record<string, ActionDefinition> = {
  ...account,
  ...adminUsers,
  ...attempts,
  ...classes,
  ...factAuthoring,
  ...giftTransfer,
  ...contentTransfer,
  ...gradebook,
  ...passwordReset,
  ...questionAuthoring,
  ...regrade,
  ...sourceAuthoring,
  ...setAuthoring,
  ...teacherAssignments,
  ...userImport,
};
