// signin_per_s: sign-ins per second through POST /api/auth/sign-in (argon2id hashing included),
// and the latency of one sign-in on an idle server. Each request comes from its own address
// (x-real-ip, trusted as a reverse proxy would set it) so that the per-address limit is not
// what is measured.
import autocannon from "autocannon";
import type { AppUnderTest } from "./app-under-test";

const body = JSON.stringify({ email: "student@cited.test", password: "demo-student-2025" });

async function oneSignIn(app: AppUnderTest, i: number): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${app.baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-real-ip": `10.9.${i >> 8}.${i & 255}` },
    body,
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
  return performance.now() - started;
}

export async function benchSignIn(app: AppUnderTest, options: { seconds: number; connections: number; runs: number }) {
  for (let i = 0; i < 10; i++) await oneSignIn(app, 1000 + i); // warm-up
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) idle.push(await oneSignIn(app, i));
  idle.sort((a, b) => a - b);

  const runs = [];
  let counter = 0;
  for (let run = 0; run < options.runs; run++) {
    const result = await autocannon({
      url: `${app.baseUrl}/api/auth/sign-in`,
      method: "POST",
      connections: options.connections,
      duration: options.seconds,
      headers: { "content-type": "application/json" },
      body,
      requests: [
        {
          setupRequest: (request) => {
            counter++;
            return { ...request, headers: { ...request.headers, "x-real-ip": `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}` } };
          },
        },
      ],
    });
    runs.push({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx });
  }
  runs.sort((a, b) => a.rps - b.rps);
  const median = runs[Math.floor(runs.length / 2)];
  return [
    {
      name: "signin_per_s",
      value: Math.round(median.rps),
      unit: "req/s",
      p50_ms: median.p50,
      p99_ms: median.p99,
      errors: median.errors,
      connections: options.connections,
      runs: runs.map((r) => Math.round(r.rps)),
    },
    { name: "signin_latency_ms", value: Math.round(idle[Math.floor(idle.length / 2)]), unit: "ms", p90_ms: Math.round(idle[Math.floor(idle.length * 0.9)]), samples: idle.length },
  ];
}
