export declare const maxWebWorkers: number;
export declare function webWorkerCount(value: string | undefined, cores: number): number;
