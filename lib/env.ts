// Environment variables, parsed once with zod so that a bad value stops the app with one clear
// message instead of failing later in a query.
import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (npm start sets it for the embedded database)." })
    .refine((value) => /^postgres(ql)?:\/\//.test(value), "DATABASE_URL must start with postgresql:// or postgres://"),
  // An empty variable counts as unset.
  DATABASE_POOL_SIZE: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(200).default(10)),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Encrypts and signs session tokens; every instance behind one load balancer needs the same.
  // `npm start` makes one in .data/ when it is unset.
  AUTH_SECRET: z
    .string({ error: "AUTH_SECRET is not set (npm start makes one; set it yourself when you run several instances)." })
    .min(32, "AUTH_SECRET must be at least 32 characters"),
  // The header a trusted reverse proxy puts the client's address in (e.g. x-real-ip, or
  // x-forwarded-for when the proxy overwrites or appends it). Unset: the socket address counts,
  // and a forwarded header a client sends is ignored (lib/identity/client-ip.ts).
  TRUSTED_IP_HEADER: z.preprocess((v) => (v === "" ? undefined : v), z.string().toLowerCase().optional()),
  // The address people reach the app at. https:// gives the session cookies the Secure flag:
  // set by configuration, never guessed from a request's Host header.
  APP_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url({ protocol: /^https?$/, error: "APP_URL must be an http:// or https:// address" }).optional()),
  // Where e-mail goes (password resets, new accounts): smtp://user:pass@host:587 or smtps://….
  // Unset: messages are written to the server log.
  SMTP_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// address" }).optional()),
  MAIL_FROM: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(200).optional()),
});

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
