export declare const fastLaneFile: string;
export declare function buildFastLane(root: string): Promise<void>;
