// Preloaded with NODE_OPTIONS=--import by quiz-page-profile.ts (Node 20 refuses --cpu-prof in
// NODE_OPTIONS): samples this process's CPU and writes the profile to CPU_PROFILE_DIR on exit.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const dir = process.env.CPU_PROFILE_DIR;
const session = new inspector.Session();
session.connect();
session.post("Profiler.enable");
session.post("Profiler.setSamplingInterval", { interval: 500 });
session.post("Profiler.start");
process.on("exit", () => {
  session.post("Profiler.stop", (err, { profile }) => {
    if (!err) fs.writeFileSync(path.join(dir, `app-${process.pid}.cpuprofile`), JSON.stringify(profile));
  });
});
