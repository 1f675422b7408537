import Link from "next/link";

// The admin's content sections, in the order an article becomes a quiz set. Every authoring page
// shows this under its header; `current` marks the section the page belongs to.
export const authoringSections = [
  { href: "/admin/sources", label: "Sources" },
  { href: "/admin/facts", label: "Facts" },
  { href: "/admin/questions", label: "Questions" },
  { href: "/admin/sets", label: "Quiz sets" },
  { href: "/admin/transfer", label: "Import and export" },
] as const;

export type AuthoringSection = (typeof authoringSections)[number]["href"];

export function AuthoringNav({ current }: { current: AuthoringSection }) {
  return (
    <nav aria-label="Content" className="mb-6 border-b border-line">
      <ul className="-mb-px flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {authoringSections.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={section.href === current ? "page" : undefined}
              className="inline-flex min-h-10 items-center border-b-2 border-transparent hover:underline aria-[current=page]:border-accent aria-[current=page]:font-semibold"
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
