import { Button } from "@/components/ui/button";

export type AttemptNavProps = {
  attemptId: string;
  /** The position shown, or null when every question is on the page. */
  current: number | null;
  total: number;
};

/** Previous / Next / Submit: submit buttons of the page's form (go=prev|next|submit). */
export function AttemptNav({ attemptId, current, total }: AttemptNavProps) {
  const single = current !== null;
  return (
    <div className="flex flex-col gap-4 border-t border-line pt-5">
      <div className="flex flex-wrap items-center gap-3">
        {single && current > 0 ? (
          <Button name="go" value="prev" variant="secondary">
            <span aria-hidden="true">←&nbsp;</span>Previous
          </Button>
        ) : null}
        {single && current < total - 1 ? (
          <Button name="go" value="next">
            Next<span aria-hidden="true">&nbsp;→</span>
          </Button>
        ) : null}
        {!single ? (
          <>
            <Button name="go" value="all" variant="secondary">
              Save answers
            </Button>
            <Button name="go" value="q1" variant="secondary">
              Save and show one at a time
            </Button>
          </>
        ) : null}
        <Button name="go" value="submit" variant={single && current < total - 1 ? "secondary" : "primary"} className="sm:ml-auto">
          Submit answers
        </Button>
      </div>
      {single ? (
        <p className="text-sm">
          {/* A full page load, so unsaved changes are warned about rather than raced. */}
          <a href={`/attempts/${attemptId}?view=all`} className="text-accent underline">
            Show all questions on one page
          </a>
        </p>
      ) : null}
    </div>
  );
}
