/** Only same-site paths are accepted as a return target after login. */
export function safeReturnPath(value: string | null): string {
  const path = value ?? '';
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/anmelden')) return '/';
  return path;
}
