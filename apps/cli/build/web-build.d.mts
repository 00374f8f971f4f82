export function ensureWebBuild(options?: { force?: boolean; log?: (message: string) => void }): {
  status: 'current' | 'built' | 'failed' | 'no-vite';
  message?: string;
};
