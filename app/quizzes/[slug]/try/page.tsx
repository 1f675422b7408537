import type { Metadata } from "next";
import { TryQuizForm } from "@/components/quiz/try-quiz-form";
import { PageHeader } from "@/components/ui/page-header";
import { getPublicQuiz } from "@/lib/data/public-quiz";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  return orNotFound(getPublicQuiz(slug));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Try: ${(await load((await params).slug)).title}` };
}

export default async function TryQuizPage({ params }: Props) {
  const quiz = await load((await params).slug);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={quiz.title} lead="Answer what you can, then check: every answer is explained with the sentence it comes from." />
      {quiz.heldBackCount > 0 ? (
        <p role="note" className="mb-6 rounded-md border-l-4 border-accent bg-card px-4 py-3">
          {quiz.heldBackCount === 1 ? "One question of this set is" : `${quiz.heldBackCount} questions of this set are`} left out while a class
          assignment uses {quiz.heldBackCount === 1 ? "it" : "them"}.
        </p>
      ) : null}
      <TryQuizForm slug={quiz.slug} questions={quiz.questions} />
    </div>
  );
}
