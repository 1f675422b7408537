import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { CurrentUser } from "@/lib/auth/session";

export type SiteHeaderProps = { user: CurrentUser | null };

export function SiteHeader({ user }: SiteHeaderProps) {
  return (
    <header className="border-b border-line bg-card">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
          Cited<span aria-hidden="true" className="text-accent">.</span>
        </Link>
        <ul className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm">
          <li>
            <Link href="/quizzes" className="hover:underline">
              Quizzes
            </Link>
          </li>
          {user ? (
            <li>
              <Link href="/progress" className="hover:underline">
                Progress
              </Link>
            </li>
          ) : null}
          <li>
            <Link href="/#sources" className="hover:underline">
              Sources
            </Link>
          </li>
          {user?.roles.includes("TEACHER") || user?.roles.includes("ADMIN") ? (
            <li>
              <Link href="/teach" className="hover:underline">
                Teach
              </Link>
            </li>
          ) : null}
          {user?.roles.includes("ADMIN") ? (
            <li>
              <Link href="/admin/users" className="hover:underline">
                Users
              </Link>
            </li>
          ) : null}
          {user ? (
            <>
              <li>
                <Link href="/account" className="hover:underline">
                  {user.name}
                </Link>
              </li>
              <li>
                <SignOutButton />
              </li>
            </>
          ) : (
            <>
              <li>
                <Link href="/sign-in" className="hover:underline">
                  Sign in
                </Link>
              </li>
              <li>
                <Link href="/sign-up" className="rounded-md bg-accent px-3 py-1.5 text-accent-ink">
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
