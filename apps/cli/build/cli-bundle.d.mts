export const ROOT: string;
export function ensureCliBundle(options?: { force?: boolean; quiet?: boolean }): Promise<string>;
export function loadCli(): Promise<{ main(argv: string[]): Promise<number> }>;
