import Link from "next/link";
import { Badge } from "@/components/ui/badge";

export type QuizSetSummaryProps = {
  set: { slug: string; title: string; description: string | null; isPublic: boolean; questionCount: number };
};

/** A quiz set's title (linking to its page), open-practice badge, description and size. */
export function QuizSetSummary({ set }: QuizSetSummaryProps) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-lg font-semibold">
          <Link href={`/quizzes/${set.slug}`} className="underline-offset-2 hover:underline">
            {set.title}
          </Link>
        </h3>
        {set.isPublic ? <Badge tone="accent">Open practice</Badge> : null}
      </div>
      {set.description ? <p className="text-muted">{set.description}</p> : null}
      <p className="text-sm text-muted">{set.questionCount} questions</p>
    </>
  );
}
