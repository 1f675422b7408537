// Autosave (the handler and its contract: lib/http/routes/autosave.ts). In production the app
// server's fast lane answers these requests before they reach Next.js, with the same handler;
// this route serves them in development and whenever the fast lane is off.
import { autosaveRoute } from "@/lib/http/routes/autosave";

export const PUT = autosaveRoute;
