import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/ui/site-header";
import { TimeZoneCookie } from "@/components/ui/time-zone-cookie";
import { ViewerTimeZoneProvider } from "@/components/ui/viewer-time-zone";
import { viewerTimeZone } from "@/lib/auth/time-zone";
import { getCurrentUser } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cited", template: "%s · Cited" },
  description: "Quizzes built from the facts of real articles, with every answer traced to its source.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, zone] = await Promise.all([getCurrentUser(), viewerTimeZone()]);
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2">
          Skip to content
        </a>
        <TimeZoneCookie />
        <ViewerTimeZoneProvider zone={zone}>
          <SiteHeader user={user} />
          <main id="main" className="mx-auto max-w-5xl px-4 py-10">
            {children}
          </main>
        </ViewerTimeZoneProvider>
      </body>
    </html>
  );
}
