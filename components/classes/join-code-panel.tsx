import Link from "next/link";
import { regenerateJoinCode } from "@/app/actions/classes";
import { Card } from "@/components/ui/card";
import { groupJoinCode } from "@/lib/domain/join-code";
import { ConfirmActionForm } from "./action-form";

export type JoinCodePanelProps = { classId: string; code: string; joinUrl: string; archived: boolean };

/** The class's code, big, with its join link, the projector view and a new code. */
export function JoinCodePanel({ classId, code, joinUrl, archived }: JoinCodePanelProps) {
  return (
    <Card as="section" className="flex flex-col gap-4">
      <h2 id="join-code-heading" className="text-xl font-semibold">
        Join code
      </h2>
      {archived ? <p className="text-sm text-muted">The class is archived: no one can join it until you restore it.</p> : null}
      <p className="font-mono text-4xl font-bold tracking-widest sm:text-5xl">
        {groupJoinCode(code).join(" ")}
      </p>
      <div className="flex flex-col gap-1">
        <p className="text-sm text-muted">Or send this link: students who open it join with one click.</p>
        <p className="font-mono text-sm break-all">
          <a href={joinUrl} className="text-accent underline">
            {joinUrl}
          </a>
        </p>
      </div>
      <div className="flex flex-wrap items-start gap-4">
        <Link href={`/teach/classes/${classId}/code`} className="inline-flex min-h-10 items-center rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink hover:opacity-90">
          Show on projector
        </Link>
        <ConfirmActionForm
          action={regenerateJoinCode}
          fields={{ classId }}
          summary="Make a new code…"
          explanation="The current code and link stop working at once. Students already in the class stay in it."
          submitLabel="Make a new code"
          variant="danger"
        />
      </div>
    </Card>
  );
}
