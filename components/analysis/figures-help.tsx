/** What the figures mean, in plain words, folded away until asked for. */
export function FiguresHelp() {
  return (
    <details className="rounded-md border border-line bg-card px-4 py-3">
      <summary className="cursor-pointer font-medium">What do these figures mean?</summary>
      <dl className="mt-3 flex flex-col gap-3 text-sm">
        <div>
          <dt className="font-semibold">Facility</dt>
          <dd>
            How easy the question was: the average share of its points students earned. For a right-or-wrong question, the share who got it
            right. Above 90% it is flagged very easy, below 20% very hard.
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Discrimination (D)</dt>
          <dd>
            Whether the question separates students who did well on the whole quiz from those who did not: facility among the top 27% of
            students (by total score) minus facility among the bottom 27%. From −1 to 1; below 0.2 the question tells strong and weak
            students apart poorly, and below 0 the weaker students did better on it. Students with equal totals are ordered arbitrarily
            but fixed, so each group has exactly its 27%.
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Point-biserial (r)</dt>
          <dd>
            The correlation between a student’s score on this question and their score on the rest of the quiz (the question itself left
            out, so it does not correlate with itself). From −1 to 1; below 0.2 is weak. A dash means everyone scored the same on it.
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Flags</dt>
          <dd>
            “Low discrimination” (D or r below 0.2) is only judged from 10 attempts; with fewer it says “too few attempts to judge”.
            “Popular wrong option”: a wrong answer chosen by at least 30% of students, or more often than the right one — often a sign
            of a misconception, or of a question or key that needs a second look.
          </dd>
        </div>
        <div>
          <dt className="font-semibold">By fact</dt>
          <dd>
            For each fact the questions are built on: per student, the average share of points on the questions about it; then the
            average over students. The weakest facts come first, each with the sentence of the source to reteach it from.
          </dd>
        </div>
      </dl>
    </details>
  );
}
