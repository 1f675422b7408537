import Link from "next/link";

export type PagerProps = { page: number; pageCount: number; href: (page: number) => string };

/** Previous / next, and where we are. */
export function Pager({ page, pageCount, href }: PagerProps) {
  if (pageCount <= 1) return null;
  const link = "inline-flex min-h-10 items-center rounded-md border border-line bg-card px-3 text-sm text-accent underline";
  return (
    <nav aria-label="Pages of students" className="mt-4 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev">
          Previous page
        </Link>
      ) : null}
      <span className="text-sm text-muted" aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={link} rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
