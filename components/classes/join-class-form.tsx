import { joinClass } from "@/app/actions/classes";
import { ActionForm } from "./action-form";

export type JoinClassFormProps = { defaultCode?: string; label?: string };

/** Enter a class code and join: one step, on /join and on the Quizzes page. */
export function JoinClassForm({ defaultCode, label = "Class code" }: JoinClassFormProps) {
  return (
    <ActionForm
      action={joinClass}
      layout="row"
      input={{
        name: "code",
        label,
        defaultValue: defaultCode,
        hint: "8 letters and digits, from your teacher. Spaces and dashes do not matter.",
        maxLength: 100,
        autoComplete: "off",
        className: "w-full max-w-xs",
      }}
      submitLabel="Join class"
    />
  );
}
