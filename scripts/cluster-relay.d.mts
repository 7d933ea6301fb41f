import type { Cluster } from "node:cluster";

export declare const MESSAGE_PREFIX: string;
export declare function relayBetweenWorkers(cluster: Cluster): void;
