import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { CurrentUser } from "@/lib/auth/session";

// At least 24 × 24 px to touch (WCAG 2.2 target size), and never broken over two lines.
const navLink = "inline-flex min-h-6 items-center whitespace-nowrap hover:underline";

export type SiteHeaderProps = { user: CurrentUser | null };

export function SiteHeader({ user }: SiteHeaderProps) {
  return (
    <header className="border-b border-line bg-card">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
          Cited<span aria-hidden="true" className="text-accent">.</span>
        </Link>
        <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm sm:gap-x-5">
          <li>
            <Link href="/quizzes" className={navLink}>
              Quizzes
            </Link>
          </li>
          {user ? (
            <li>
              <Link href="/progress" className={navLink}>
                Progress
              </Link>
            </li>
          ) : null}
          <li>
            <Link href="/#sources" className={navLink}>
              Sources
            </Link>
          </li>
          {user?.roles.includes("TEACHER") || user?.roles.includes("ADMIN") ? (
            <li>
              <Link href="/teach" className={navLink}>
                Teach
              </Link>
            </li>
          ) : null}
          {user?.roles.includes("ADMIN") ? (
            <>
              <li>
                <Link href="/admin/sources" className={navLink}>
                  Content
                </Link>
              </li>
              <li>
                <Link href="/admin/users" className={navLink}>
                  Users
                </Link>
              </li>
            </>
          ) : null}
          {user ? (
            // The account and Sign out wrap as one: on a phone, Sign out never ends up alone on a line.
            <li className="flex items-center gap-x-4 sm:gap-x-5">
              <Link href="/account" className={navLink}>
                {user.name}
              </Link>
              <SignOutButton />
            </li>
          ) : (
            <>
              <li>
                <Link href="/sign-in" className={navLink}>
                  Sign in
                </Link>
              </li>
              <li>
                <Link href="/sign-up" className="inline-flex min-h-8 items-center rounded-md bg-accent px-3 py-1.5 whitespace-nowrap text-accent-ink">
                  Create account
                </Link>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}
