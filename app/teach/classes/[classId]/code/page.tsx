import type { Metadata } from "next";
import Link from "next/link";
import { getTaughtClass } from "@/lib/data/classes";
import { groupJoinCode } from "@/lib/domain/join-code";
import { requireRole } from "@/lib/auth/session";
import { appOrigin } from "@/lib/http/app-origin";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Join code" };

type Props = { params: Promise<{ classId: string }> };

/** The code for a projector: huge, high contrast, in groups of four, readable from the back. */
export default async function ClassCodePage({ params }: Props) {
  const { classId } = await params;
  const user = await requireRole(["TEACHER", "ADMIN"], `/teach/classes/${classId}/code`);
  const klass = await orNotFound(getTaughtClass(user, classId));
  const origin = await appOrigin();

  return (
    <div className="flex min-h-[70vh] min-w-0 flex-col items-center justify-center gap-8 text-center">
      <h1 className="max-w-full font-serif text-3xl font-semibold text-balance wrap-anywhere sm:text-5xl">Join {klass.name}</h1>
      <p className="text-xl text-muted sm:text-2xl">
        Go to <span className="font-mono font-semibold text-ink">{origin.replace(/^https?:\/\//, "")}/join</span> and enter
      </p>
      <p className="flex flex-wrap justify-center gap-x-[0.5em] font-mono text-6xl font-bold tracking-[0.15em] sm:text-8xl lg:text-9xl">
        {groupJoinCode(klass.joinCode).map((group, i) => (
          <span key={i}>{group}</span>
        ))}
      </p>
      {klass.archivedAt ? <p className="text-lg text-red-700 dark:text-red-300">This class is archived: the code does not work until it is restored.</p> : null}
      <p>
        <Link href={`/teach/classes/${klass.id}`} className="text-accent underline">
          Back to the class
        </Link>
      </p>
    </div>
  );
}
