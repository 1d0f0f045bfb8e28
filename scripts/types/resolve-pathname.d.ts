// resolve-pathname ships no types; this is its whole API.
declare module 'resolve-pathname' {
  export default function resolvePathname(to: string, from?: string): string;
}
