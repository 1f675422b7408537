import { reviewLines, splitWithChoices, type LineChoice, type LineRole } from "@/lib/domain/source-layout";

export type SourceReviewProps = {
  text: string;
  /** The choices so far by line number; none yet means the proposal (first line the headline). */
  choices: Record<string, LineChoice>;
};

const roleLabels: Record<LineRole, string> = {
  body: "Body",
  headline: "Headline",
  heading: "Heading",
  teaser: "“Read also” teaser",
};

const controlClass = "min-h-10 rounded-md border border-line bg-card px-2 py-1 text-sm";

/**
 * The pasted text line by line, as it will be split: each line's sentences with the anchor they
 * get (`#s-<n>`), a role to choose and a "not citable" box. The choices are plain form fields,
 * so a Preview without JavaScript re-renders this with them, and a refused Save keeps them.
 */
export function SourceReview({ text, choices }: SourceReviewProps) {
  const given = Object.keys(choices).length > 0 ? new Map(Object.entries(choices).map(([line, c]) => [Number(line), c])) : undefined;
  const lines = reviewLines(text, given);
  const { sentences } = splitWithChoices(text, new Map(lines.map((l) => [l.line, l.choice])));
  return (
    <section aria-labelledby="review-heading" className="flex flex-col gap-3">
      <h2 id="review-heading" className="text-lg font-semibold">
        Review the lines
      </h2>
      <p className="max-w-prose text-sm text-muted">
        Each line is a paragraph, cut into sentences that readers and citations reach by their anchor. Mark the headline, the subheadings and any “read
        also” teaser (kept as a link, never cited); a line marked not citable can be read but never quoted. Press Preview to see the split again.
      </p>
      <ol className="flex flex-col gap-2">
        {lines.map((line) => {
          const own = sentences.filter((s) => s.paragraph === line.line);
          const roleId = `role-${line.line}`;
          return (
            <li key={line.line} className="rounded-md border border-line bg-card p-3" data-line={line.line}>
              <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
                <span className="font-semibold">Line {line.line}</span>
                <label htmlFor={roleId} className="flex items-center gap-2">
                  <span>
                    Role<span className="sr-only"> of line {line.line}</span>
                  </span>
                  {/* Keyed by the role: React applies a select's defaultValue only when it mounts, and
                      the form reset after each submit goes back to it. */}
                  <select key={line.choice.role} id={roleId} name={roleId} defaultValue={line.choice.role} className={controlClass}>
                    {(Object.keys(roleLabels) as LineRole[]).map((role) => (
                      <option key={role} value={role}>
                        {roleLabels[role]}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="flex min-h-10 items-center gap-2">
                  <input type="checkbox" name={`noncitable-${line.line}`} defaultChecked={!line.choice.citable} className="size-4" />
                  <span>
                    Not citable<span className="sr-only"> (line {line.line})</span>
                  </span>
                </label>
              </div>
              {line.choice.role === "teaser" ? (
                <p className="border-l-4 border-line pl-3 text-sm text-muted wrap-anywhere">
                  <span className="block text-xs font-semibold tracking-wide uppercase">Related link, not a claim</span>
                  {line.text.trim()}
                </p>
              ) : (
                <p className={`wrap-anywhere ${line.choice.role === "body" ? "" : "font-semibold"} ${line.choice.citable ? "" : "text-muted"}`}>
                  {own.map((s) => (
                    <span key={s.index} className="mr-1">
                      <span className="mr-1 rounded bg-paper px-1 font-mono text-xs whitespace-nowrap text-muted">s-{s.index}</span>
                      {text.slice(s.start, s.end)}
                    </span>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
