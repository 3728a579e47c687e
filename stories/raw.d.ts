// Vite's `?raw` imports (the Docs pages read src/shared/theme.ts as text).
declare module '*?raw' {
  const text: string;
  export default text;
}
