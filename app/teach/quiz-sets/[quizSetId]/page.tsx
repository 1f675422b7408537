import type { Metadata } from "next";
import Link from "next/link";
import { ItemButton } from "@/components/teach/item-button";
import { questionTypeLabels } from "@/components/teach/words";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { searchQuestionBank } from "@/lib/data/question-bank";
import { getQuizSetForBuilder } from "@/lib/data/teacher-quiz-sets";
import { BankSearchSchema, questionTypes } from "@/lib/validation/teacher-assignments";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quiz set" };

type Props = { params: Promise<{ quizSetId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const inputClass = "min-h-10 rounded-md border border-line bg-card px-3 py-2 text-base";

export default async function QuizSetBuilderPage({ params, searchParams }: Props) {
  const { quizSetId } = await params;
  const user = await requireRole(["TEACHER", "ADMIN"], `/teach/quiz-sets/${quizSetId}`);
  const set = await orNotFound(getQuizSetForBuilder(user, quizSetId));
  const search = BankSearchSchema.parse(await searchParams);
  const searching = Object.values(search).some(Boolean);
  const results = set.canEdit ? await searchQuestionBank(user, search) : [];
  const inSet = new Set(set.items.map((item) => item.questionId));
  const name = (item: { code: string | null }, index: number) => item.code ?? `question ${index + 1}`;

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/teach/quiz-sets" className="text-accent underline">
          ← Quiz sets
        </Link>
      </p>
      <PageHeader title={set.title} lead={set.description || undefined}>
        <p className="mt-3 flex flex-wrap gap-2 text-sm">
          <Badge tone={set.status === "PUBLISHED" ? "accent" : "neutral"}>{set.status === "PUBLISHED" ? "ready to assign" : "add a question to assign it"}</Badge>
          {set.mine ? <Badge>your set</Badge> : <Badge>{set.canEdit ? "a teacher's set" : "editors' set: read only"}</Badge>}
          <Badge>{set.shuffleQuestions ? "questions shuffled" : "questions in this order"}</Badge>
        </p>
        {set.assignmentCount > 0 ? (
          <p className="mt-3 max-w-prose text-sm">
            Used by {set.assignmentCount} assignment{set.assignmentCount === 1 ? "" : "s"}. You can still change the set: assignments already made keep their
            questions, frozen when they were created; new assignments take the set as it is then.
          </p>
        ) : null}
      </PageHeader>

      <section aria-labelledby="items-heading" className="mb-10">
        <h2 id="items-heading" className="mb-3 text-xl font-semibold">
          Questions in this set ({set.items.length})
        </h2>
        {set.items.length === 0 ? (
          <p className="text-muted">No questions yet: search the bank below and add some.</p>
        ) : (
          <ol className="flex flex-col gap-2" aria-label="Questions in this set">
            {set.items.map((item, index) => (
              <Card as="li" key={item.questionId} className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="text-sm text-muted">
                    {index + 1}. {item.code ?? ""} · {item.type ? questionTypeLabels[item.type] : "no version"}
                    {item.published ? "" : " · withdrawn from the bank"}
                  </p>
                  <p className="break-words">{item.stem}</p>
                </div>
                {set.canEdit ? (
                  <div className="flex shrink-0 flex-wrap gap-2">
                    <ItemButton kind="up" quizSetId={set.id} questionId={item.questionId} label={`Move ${name(item, index)} up`} disabled={index === 0}>
                      ↑<span className="sr-only">Move up</span>
                    </ItemButton>
                    <ItemButton kind="down" quizSetId={set.id} questionId={item.questionId} label={`Move ${name(item, index)} down`} disabled={index === set.items.length - 1}>
                      ↓<span className="sr-only">Move down</span>
                    </ItemButton>
                    <ItemButton kind="remove" variant="danger" quizSetId={set.id} questionId={item.questionId} label={`Remove ${name(item, index)}`}>
                      Remove
                    </ItemButton>
                  </div>
                ) : null}
              </Card>
            ))}
          </ol>
        )}
        {set.status === "PUBLISHED" ? (
          <p className="mt-4 text-sm">
            <Link href={`/teach/assignments/new?quizSetId=${set.id}`} className="text-accent underline">
              Assign this set to a class
            </Link>
          </p>
        ) : null}
      </section>

      {set.canEdit ? (
        <section aria-labelledby="bank-heading">
          <h2 id="bank-heading" className="mb-1 text-xl font-semibold">
            Add from the bank
          </h2>
          <p className="mb-3 text-sm text-muted">Published questions only; they are written and kept up to date by the editors.</p>
          <form role="search" aria-label="Search the question bank" method="get" className="mb-4 flex flex-wrap items-end gap-3">
            <div className="flex flex-col gap-1">
              <label htmlFor="bank-q" className="text-sm font-medium">
                Words in the question
              </label>
              <input id="bank-q" name="q" type="search" maxLength={100} defaultValue={search.q} className={`${inputClass} w-64 max-w-full`} />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="bank-type" className="text-sm font-medium">
                Type
              </label>
              <select id="bank-type" name="type" defaultValue={search.type ?? ""} className={inputClass}>
                <option value="">Any type</option>
                {questionTypes.map((type) => (
                  <option key={type} value={type}>
                    {questionTypeLabels[type]}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="bank-fact" className="text-sm font-medium">
                Fact (code or words)
              </label>
              <input id="bank-fact" name="fact" type="search" maxLength={100} defaultValue={search.fact} className={`${inputClass} w-40 max-w-full`} />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="bank-source" className="text-sm font-medium">
                Source
              </label>
              <input id="bank-source" name="source" type="search" maxLength={100} defaultValue={search.source} className={`${inputClass} w-48 max-w-full`} />
            </div>
            <Button variant="secondary">Search</Button>
          </form>
          <p role="status" className="mb-3 text-sm text-muted">
            {results.length === 0 ? (searching ? "No published question matches." : "The bank is empty.") : `${results.length}${results.length === 50 ? "+" : ""} question${results.length === 1 ? "" : "s"}${searching ? " match" : ""}.`}
          </p>
          <ul className="flex flex-col gap-2" aria-label="Questions in the bank">
            {results.map((question, index) => (
              <Card as="li" key={question.id} className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="text-sm text-muted">
                    {question.code ?? ""} · {questionTypeLabels[question.type]}
                    {question.facts.length ? ` · facts ${question.facts.join(", ")}` : ""}
                  </p>
                  <p className="break-words">{question.stem}</p>
                  {question.sources.length ? <p className="text-sm text-muted">{question.sources.join(" · ")}</p> : null}
                </div>
                <div className="shrink-0">
                  {inSet.has(question.id) ? (
                    <Badge tone="accent">in the set</Badge>
                  ) : (
                    <ItemButton kind="add" variant="primary" quizSetId={set.id} questionId={question.id} label={`Add ${name(question, index)}`}>
                      Add
                    </ItemButton>
                  )}
                </div>
              </Card>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
