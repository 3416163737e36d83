import { main } from "../../cli/main";

/** Runs the CLI in-process and captures what it prints, as a pipe would (no colour, no wrapping, even under a terminal). */
export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  process.stdout.write = (chunk: string) => {
    out += chunk;
    return true;
  };
  process.stderr.write = (chunk: string) => {
    err += chunk;
    return true;
  };
  const wasTerminal = Object.getOwnPropertyDescriptor(process.stdout, "isTTY");
  Object.defineProperty(process.stdout, "isTTY", { value: false, configurable: true });
  try {
    return { code: await main(args), out, err };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
    if (wasTerminal) Object.defineProperty(process.stdout, "isTTY", wasTerminal);
    else delete (process.stdout as { isTTY?: boolean }).isTTY;
  }
}
