// `npm run screenshots -- [base URL] [folder]`: screenshots of the teacher's and the student's
// main pages at desktop (1280 px) and phone (390 px) widths, light and dark, from a running
// app with the demo accounts (`npm start`). Signs in through the JSON sign-in route.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type BrowserContext } from "@playwright/test";

const baseUrl = process.argv[2] ?? "http://localhost:3000";
const outDir = path.resolve(process.argv[3] ?? "screenshots");
const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));

async function signIn(context: BrowserContext, email: string, password: string) {
  const response = await context.request.post(new URL("/api/auth/sign-in", baseUrl).href, {
    data: { email, password },
    headers: { origin: new URL(baseUrl).origin },
  });
  if (!response.ok()) throw new Error(`Sign-in as ${email} failed: ${response.status()}`);
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const setup = await browser.newContext({ baseURL: baseUrl });
    await signIn(setup, "teacher@cited.test", "demo-teacher-2025");
    const page = await setup.newPage();
    await page.goto("/teach");
    const classUrl = await page.locator('main a[href^="/teach/classes/"]').first().getAttribute("href");
    await page.goto(classUrl!);
    const assignmentUrl = await page.locator('main a[href^="/teach/assignments/"]:not([href*="/new"])').first().getAttribute("href");
    if (!classUrl || !assignmentUrl) throw new Error("The demo class or its assignment was not found: run against `npm start` with the demo data.");
    console.log(`class ${classUrl}, assignment ${assignmentUrl}`);
    await setup.close();

    const shots: { name: string; url: string; as: "teacher" | "student" | "admin" }[] = [
      { name: "teach", url: "/teach", as: "teacher" },
      { name: "class", url: classUrl, as: "teacher" },
      { name: "gradebook", url: `${classUrl}/gradebook`, as: "teacher" },
      { name: "assignment", url: assignmentUrl, as: "teacher" },
      { name: "live-view", url: `${assignmentUrl}/live`, as: "teacher" },
      { name: "item-analysis", url: `${assignmentUrl}/analysis`, as: "teacher" },
      { name: "quizzes", url: "/quizzes", as: "student" },
      { name: "progress", url: "/progress", as: "student" },
      { name: "admin-users", url: "/admin/users", as: "admin" },
    ];
    const accounts = {
      teacher: ["teacher@cited.test", "demo-teacher-2025"],
      student: ["student@cited.test", "demo-student-2025"],
      admin: ["admin@cited.test", "demo-admin-2025"],
    } as const;
    for (const [width, height] of [
      [1280, 900],
      [390, 844],
    ]) {
      for (const scheme of ["light", "dark"] as const) {
        for (const shot of shots) {
          const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height }, colorScheme: scheme });
          const [email, password] = accounts[shot.as];
          await signIn(context, email, password);
          const shotPage = await context.newPage();
          await shotPage.goto(shot.url);
          await shotPage.waitForLoadState("networkidle");
          const file = path.join(outDir, `${shot.name}-${width}${scheme === "dark" ? "-dark" : ""}.png`);
          await shotPage.screenshot({ path: file, fullPage: true });
          console.log(file);
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
