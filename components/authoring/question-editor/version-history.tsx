import { DateTime } from "@/components/quiz/date-time";
import type { VersionRow } from "@/lib/data/question-authoring";

/** Every version of the question, newest first, with how many responses each has. */
export function VersionHistory({ versions }: { versions: VersionRow[] }) {
  return (
    <section aria-labelledby="versions-title" className="mt-10">
      <h2 id="versions-title" className="mb-3 font-serif text-xl font-semibold">
        Versions
      </h2>
      <ol className="flex flex-col gap-2">
        {versions.map((v) => (
          <li key={v.id} className="rounded-md border border-line bg-card px-4 py-3 text-sm">
            <p className="flex flex-wrap gap-x-3 gap-y-1">
              <span className="font-semibold">Version {v.version}</span>
              {v.current ? <span className="text-accent">current</span> : null}
              <span className="text-muted">
                <DateTime date={v.createdAt} withTime />
              </span>
              <span className="text-muted">{v.responses === 1 ? "1 response" : `${v.responses} responses`}</span>
            </p>
            <p className="mt-1 break-words">{v.stem}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
