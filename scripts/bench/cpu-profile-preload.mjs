// Loaded with NODE_OPTIONS=--import=<this file> (Node refuses --cpu-prof in NODE_OPTIONS): runs
// V8's CPU profiler from the CPU_PROFILE_AFTER_REQUESTS-th HTTP request on (so that start-up and
// warm-up stay out of it) and writes CPU_PROFILE_DIR/<pid>.cpuprofile when the process exits.
// Used by profile-autosave.ts.
import http from "node:http";
import inspector from "node:inspector";
import { writeFileSync } from "node:fs";
import path from "node:path";

const session = new inspector.Session();
session.connect();
session.post("Profiler.enable");
session.post("Profiler.setSamplingInterval", { interval: 200 });
let requests = 0;
const startAfter = Number(process.env.CPU_PROFILE_AFTER_REQUESTS ?? 0);
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
  if (event === "request" && ++requests === startAfter + 1) session.post("Profiler.start");
  return emit.call(this, event, ...args);
};
if (startAfter === 0) session.post("Profiler.start");
process.on("exit", () => {
  // An in-thread inspector session answers synchronously, so this works in an exit handler.
  session.post("Profiler.stop", (error, result) => {
    if (!error) writeFileSync(path.join(process.env.CPU_PROFILE_DIR ?? ".", `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
});
