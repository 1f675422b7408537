import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { headers } from "next/headers";
import { joinClass } from "@/app/actions/classes";
import { ActionForm } from "@/components/classes/action-form";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { archivedClassMessage, ownClassMessage, previewJoin, type JoinPreview } from "@/lib/data/class-joins";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/identity/client-ip";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Join a class" };

type Props = { params: Promise<{ code: string }> };

/**
 * The join link a teacher sends: says which class it is and whose, then joins on a button press
 * (a POST); opening the link alone never joins.
 */
export default async function JoinLinkPage({ params }: Props) {
  const { code: raw } = await params;
  const code = safeDecode(raw);
  const user = await requireUser(`/join/${encodeURIComponent(code)}`);
  const ip = clientIp(await headers(), env().TRUSTED_IP_HEADER);
  const preview = await previewJoin(user, code, ip).catch((error: unknown) => {
    if (error instanceof AppError && (error.status === 404 || error.status === 429)) return error.message;
    throw error;
  });

  return (
    <div className="mx-auto max-w-2xl">
      {typeof preview === "string" ? (
        <Problem title="Cannot join with this link" message={preview}>
          <JoinClassForm label="Type the code instead" />
        </Problem>
      ) : (
        <Preview klass={preview} code={code} />
      )}
      <p className="mt-6 text-sm">
        <Link href="/quizzes" className="text-accent underline">
          Your quizzes
        </Link>
      </p>
    </div>
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value).slice(0, 100);
  } catch {
    return "";
  }
}

function Preview({ klass, code }: { klass: JoinPreview; code: string }) {
  if (klass.archived) return <Problem title={klass.name} message={archivedClassMessage} />;
  if (klass.teaches) return <Problem title={klass.name} message={ownClassMessage} />;
  return (
    <>
      <PageHeader title={`Join “${klass.name}”`} lead={`Teacher: ${klass.teacherName}`} />
      <Card className="flex flex-col gap-3">
        {klass.member ? (
          // Also what the page shows right after Join (the action renders the page afresh).
          <p role="status">
            You are in this class. Its assignments are on{" "}
            <Link href="/quizzes" className="text-accent underline">
              your Quizzes page
            </Link>
            .
          </p>
        ) : (
          <>
            <p>Your teacher will see your name and email in the class list, and your scores on its assignments.</p>
            <ActionForm action={joinClass} fields={{ code }} submitLabel="Join" submitName={`Join ${klass.name}`} />
          </>
        )}
      </Card>
    </>
  );
}

function Problem({ title, message, children }: { title: string; message: string; children?: ReactNode }) {
  return (
    <>
      <PageHeader title={title} />
      <Card className="flex flex-col gap-4">
        <p role="alert">{message}</p>
        {children}
      </Card>
    </>
  );
}
