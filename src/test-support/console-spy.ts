/** Records console.warn / console.error calls during a test and restores the console afterwards. */
export class ConsoleSpy {
  readonly warnings: string[] = [];
  readonly errors: string[] = [];
  private readonly original = { warn: console.warn, error: console.error };

  constructor() {
    console.warn = (...args: unknown[]) => void this.warnings.push(args.map(String).join(' '));
    console.error = (...args: unknown[]) => void this.errors.push(args.map(String).join(' '));
  }

  restore(): void {
    console.warn = this.original.warn;
    console.error = this.original.error;
  }
}

/** Runs `body` with console.warn and console.error recorded; restores the console even when it throws. */
export async function withConsoleSpy(body: (spy: ConsoleSpy) => unknown): Promise<ConsoleSpy> {
  const spy = new ConsoleSpy();
  try {
    await body(spy);
  } finally {
    spy.restore();
  }
  return spy;
}
