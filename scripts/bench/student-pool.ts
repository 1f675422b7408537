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
  const statuses: Record<number, number> = {};
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
          const student = free.pop();
          if (!student) throw new Error("more requests in flight than students");
          (context as { student?: Saver }).student = student;
          return { ...request, ...options.request(student) };
        },
        onResponse: (status, body, context: object) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          const student = (context as { student: Saver }).student;
          options.onBody?.(student, body);
          free.push(student);
        },
      },
    ],
  });
  const { latency } = result;
  return { rps: result.requests.average, p50: latency.p50, p90: latency.p90, p97_5: latency.p97_5, p99: latency.p99, errors: result.errors + result.non2xx, statuses };
}
