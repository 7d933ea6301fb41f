export declare const MIN_SECRET_LENGTH: number;
export declare function secretProblem(env: Record<string, string | undefined>): string | null;
