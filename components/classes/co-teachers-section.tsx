import { addCoTeacher, removeCoTeacher } from "@/app/actions/classes";
import type { TaughtClass } from "@/lib/data/classes";
import { ActionForm, ConfirmActionForm } from "./action-form";

export type CoTeachersSectionProps = { klass: TaughtClass };

/** Co-teachers do everything the teacher does except archive the class and choose co-teachers. */
export function CoTeachersSection({ klass }: CoTeachersSectionProps) {
  return (
    <section aria-labelledby="co-teachers-heading" className="flex flex-col gap-3">
      <h2 id="co-teachers-heading" className="text-xl font-semibold">
        Co-teachers
      </h2>
      <p className="text-sm text-muted">
        Teacher: {klass.teacher.name} ({klass.teacher.email}). Co-teachers see and do everything the teacher does, except archive the class and
        choose co-teachers.
      </p>
      {klass.coTeachers.length === 0 ? (
        <p className="text-muted">No co-teachers.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {klass.coTeachers.map((c) => (
            <li key={c.id} className="flex flex-wrap items-start justify-between gap-2 border-b border-line pb-2">
              <span>
                {c.name} <span className="text-muted">({c.email})</span>
              </span>
              {klass.canManage ? (
                <ConfirmActionForm
                  action={removeCoTeacher}
                  fields={{ classId: klass.id, userId: c.id }}
                  summary="Remove…"
                  summaryName={`Remove co-teacher ${c.name}…`}
                  explanation={`${c.name} will no longer see this class.`}
                  submitLabel={`Remove ${c.name}`}
                  variant="danger"
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {klass.canManage ? (
        <ActionForm
          action={addCoTeacher}
          fields={{ classId: klass.id }}
          input={{ name: "email", label: "Add a co-teacher by email", type: "email", hint: "They need an account with the teacher role.", autoComplete: "off" }}
          submitLabel="Add co-teacher"
          variant="secondary"
        />
      ) : null}
    </section>
  );
}
