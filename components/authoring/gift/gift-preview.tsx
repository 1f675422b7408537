import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { GiftPreview as Preview } from "@/lib/data/gift-import";

const typeWords: Record<string, string> = {
  SINGLE_CHOICE: "single choice",
  MULTIPLE_SELECT: "multiple answers",
  TRUE_FALSE: "true/false",
  NUMERIC: "numeric",
  SHORT_TEXT: "short answer",
  MATCHING: "matching",
};

function Messages({ title, tone, messages }: { title: string; tone: "error" | "warning"; messages: Preview["errors"] }) {
  if (messages.length === 0) return null;
  const colours = tone === "error" ? "border-red-700 text-red-800 dark:text-red-300" : "border-amber-600 text-ink";
  return (
    <section aria-label={title} className={`rounded-md border-l-4 bg-card px-3 py-2 text-sm ${colours}`}>
      <h3 className="font-semibold">{title}</h3>
      <ul className="mt-1 flex flex-col gap-1">
        {messages.map((m, i) => (
          <li key={`${m.line}-${i}`} className="wrap-anywhere">
            <span className="font-medium tabular-nums">line {m.line}</span>: {m.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the file holds: its errors by line, its warnings, then each question found. */
export function GiftPreview({ preview }: { preview: Preview }) {
  return (
    <div className="flex flex-col gap-4">
      <Messages title={`${preview.errors.length === 1 ? "1 error" : `${preview.errors.length} errors`}: nothing can be imported`} tone="error" messages={preview.errors} />
      <Messages title={preview.warnings.length === 1 ? "1 warning" : `${preview.warnings.length} warnings`} tone="warning" messages={preview.warnings} />
      {preview.questions.length > 0 ? (
        <ScrollRegion label="Questions found in the file" className="rounded-lg border border-line bg-card">
          <table className="w-full min-w-[36rem] text-sm">
            <caption className="px-3 py-2 text-left text-muted">
              {preview.questions.length === 1 ? "1 question" : `${preview.questions.length} questions`} read
            </caption>
            <thead className="border-b border-line bg-paper">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">Line</th>
                <th scope="col" className="px-3 py-2 text-left font-medium">Question</th>
                <th scope="col" className="px-3 py-2 text-left font-medium">Type</th>
                <th scope="col" className="px-3 py-2 text-left font-medium">Citations found here</th>
              </tr>
            </thead>
            <tbody>
              {preview.questions.map((q) => (
                <tr key={q.line} className="border-b border-line align-top last:border-0">
                  <td className="px-3 py-2 tabular-nums">{q.line}</td>
                  <td className="px-3 py-2">
                    {q.code ? <span className="mr-2 font-medium">{q.code}</span> : null}
                    <span className="wrap-anywhere">{q.stem.length > 140 ? `${q.stem.slice(0, 137)}…` : q.stem}</span>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <Badge>{typeWords[q.type] ?? q.type}</Badge>
                  </td>
                  <td className="px-3 py-2 tabular-nums">
                    {q.citations === 0 ? <span className="text-muted">none</span> : `${q.resolvedCitations} of ${q.citations}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </div>
  );
}
