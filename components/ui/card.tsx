import type { ReactNode } from "react";

export type CardProps = { children: ReactNode; className?: string; as?: "section" | "article" | "li" | "div" };

export function Card({ children, className = "", as: Tag = "div" }: CardProps) {
  return <Tag className={`rounded-lg border border-line bg-card p-5 shadow-sm ${className}`}>{children}</Tag>;
}
