/** Shows on stderr what is going on when a step takes more than a second; silent otherwise. */
export class Progress {
  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  async during<T>(label: string, work: () => T | Promise<T>): Promise<T> {
    const started = Date.now();
    const timer = setInterval(() => {
      const seconds = Math.round((Date.now() - started) / 1000);
      this.stream.write(`${label}… ${seconds} s\n`);
    }, 1000);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }
}
