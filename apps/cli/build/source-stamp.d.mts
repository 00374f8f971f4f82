export function sourceStamp(root: string, inputs: string[]): string;
export function workspaceDirs(root: string, parent: string): string[];
