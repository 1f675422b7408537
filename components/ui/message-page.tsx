import Link from "next/link";
import { PageHeader } from "./page-header";

export type MessagePageProps = { title: string; lead: string };

/** A page that only says something (not found, not allowed) and leads back home. */
export function MessagePage({ title, lead }: MessagePageProps) {
  return (
    <PageHeader title={title} lead={lead}>
      <p className="mt-4">
        <Link href="/" className="text-accent underline">
          Back to the home page
        </Link>
      </p>
    </PageHeader>
  );
}
