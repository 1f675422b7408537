// Load from many students at once with autocannon, one request in flight per student (as a
// real browser tab behaves). autocannon resets a request's context after each response, so each
// request borrows a student from a pool and gives it back when its response arrives.
import autocannon from "autocannon";
import type { Saver } from "./autosave";

export type PooledRun = { rps: number; p50: number; p90: number; p97_5: number; p99: number; errors: number; statuses: Record<number, number> };

export async function runWithStudentPool(options: {
  baseUrl: string;
  students: Saver[];
  seconds: number;
  method: "GET" | "PUT";
  request: (student: Saver) => { path: string; headers: Record<string, string>; body?: string };
  onBody?: (student: Saver, body: string) => void;
}): Promise<PooledRun> {
  const free = [...options.students];
  // Each student's request in flight, by a number unique to the request.
  const inFlight = new Map<Saver, number>();
  let sent = 0;
  const statuses: Record<number, number> = {};
  type Context = { student?: Saver; request?: number };
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.students.length,
    duration: options.seconds,
    // A request autocannon gives up on never reaches onResponse, so its student would never come
    // back to the pool; on a busy machine the default 10 s can pass, so wait far longer.
    timeout: 120,
    requests: [
      {
        method: options.method,
        setupRequest: (request, context: object) => {
          // A request that timed out is dropped with its connection, and its student never
          // comes back: with every student busy, the one waiting longest is that student.
          const student = free.pop() ?? [...inFlight].sort((a, b) => a[1] - b[1])[0]?.[0];
          if (!student) throw new Error("more requests in flight than students");
          inFlight.set(student, ++sent);
          Object.assign(context as Context, { student, request: sent });
          return { ...request, ...options.request(student) };
        },
        onResponse: (status, body, context: object) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          const { student, request } = context as Required<Context>;
          options.onBody?.(student, body);
          if (inFlight.get(student) !== request) return;
          inFlight.delete(student);
          free.push(student);
        },
      },
    ],
  });
  const { latency } = result;
  return { rps: result.requests.average, p50: latency.p50, p90: latency.p90, p97_5: latency.p97_5, p99: latency.p99, errors: result.errors + result.non2xx, statuses };
}
