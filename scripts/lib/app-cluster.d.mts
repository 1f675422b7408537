export declare const workersKeepCrashingExitCode: number;
export declare const replaceDelaysMs: number[];
export declare function runPrimary(options: {
  workers: number;
  exec?: string;
  args?: string[];
  log?: (line: string) => void;
  onAllListening?: () => void;
}): void;
