import type { ReactNode } from "react";

export type PageHeaderProps = { title: string; lead?: ReactNode; children?: ReactNode };

export function PageHeader({ title, lead, children }: PageHeaderProps) {
  return (
    <header className="mb-8">
      <h1 className="font-serif text-3xl leading-tight font-semibold text-balance wrap-anywhere sm:text-4xl">{title}</h1>
      {lead ? <p className="mt-3 max-w-prose text-lg text-muted">{lead}</p> : null}
      {children}
    </header>
  );
}
