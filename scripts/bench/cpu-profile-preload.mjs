// Loaded with NODE_OPTIONS=--import=<this file> (Node refuses --cpu-prof in NODE_OPTIONS): runs
// V8's CPU profiler for the whole life of the process and writes CPU_PROFILE_DIR/<pid>.cpuprofile
// when it exits. Used by profile-autosave.ts.
import inspector from "node:inspector";
import { writeFileSync } from "node:fs";
import path from "node:path";

const session = new inspector.Session();
session.connect();
session.post("Profiler.enable");
session.post("Profiler.setSamplingInterval", { interval: 200 });
session.post("Profiler.start");
process.on("exit", () => {
  // An in-thread inspector session answers synchronously, so this works in an exit handler.
  session.post("Profiler.stop", (error, result) => {
    if (!error) writeFileSync(path.join(process.env.CPU_PROFILE_DIR ?? ".", `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
});
