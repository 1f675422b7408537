import Link from "next/link";
import { listQuizSets } from "@/lib/data/quiz-sets";
import { listSources } from "@/lib/data/sources";
import { QuizSetSummary } from "@/components/quiz/quiz-set-summary";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format/dates";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [quizSets, sources] = await Promise.all([listQuizSets(null), listSources(null)]);

  return (
    <>
      <PageHeader
        title="Learn the news, sentence by sentence"
        lead="Every question is built from a fact in a real article. Every answer shows the exact words it comes from, whose figure it is, and as of when."
      />

      <section id="quizzes" aria-labelledby="quizzes-heading" className="mb-12">
        <h2 id="quizzes-heading" className="mb-4 text-xl font-semibold">
          Quiz sets
        </h2>
        {quizSets.length === 0 ? (
          <p className="text-muted">No quiz sets are published yet.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {quizSets.map((set) => (
              <Card as="li" key={set.slug} className="flex flex-col gap-2">
                <QuizSetSummary set={set} />
              </Card>
            ))}
          </ul>
        )}
      </section>

      <section id="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="mb-4 text-xl font-semibold">
          Sources
        </h2>
        <ul className="divide-y divide-line rounded-lg border border-line bg-card">
          {sources.map((source) => (
            <li key={source.slug} className="p-4">
              <Link href={`/sources/${source.slug}`} className="font-medium text-accent underline-offset-2 hover:underline">
                {source.title}
              </Link>
              <p className="text-sm text-muted">
                {[source.publisher ?? "Publisher not named", source.publishedAt ? formatDate(source.publishedAt) : null]
                  .filter(Boolean)
                  .join(" · ")}
                {source.contentHash ? " · full text in Cited" : " · linked source"}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
