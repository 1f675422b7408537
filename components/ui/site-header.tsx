import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-card">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
          Cited<span aria-hidden="true" className="text-accent">.</span>
        </Link>
        <ul className="flex gap-5 text-sm">
          <li>
            <Link href="/#quizzes" className="hover:underline">
              Quizzes
            </Link>
          </li>
          <li>
            <Link href="/#sources" className="hover:underline">
              Sources
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
