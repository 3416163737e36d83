/**
 * The task pane's read of a workbook through the Office adapter, over the fake Office host:
 * how many `context.sync()` round trips and how long, for a ledger of 10 000 and 100 000 rows,
 * on a host without a response cap (Excel desktop) and with Excel on the web's 5 MB cap.
 *
 *   npx tsx bench/taskpane.bench.ts
 *
 * The time is the adapter's and the fake's JavaScript only: in Excel each sync is a round trip
 * to the host (milliseconds on the desktop, tens of milliseconds on the web), which is why the
 * count must not grow with rows.
 */
import { officeHost } from "../taskpane/office";
import { installFakeOffice, WEB_LIMITS } from "../tests/support/fakeOffice";
import type { FakeLimits } from "../tests/support/fakeOffice";
import { bookWith, laskut } from "../tests/taskpane/support";
import { count, median, ms, table } from "./util";

async function measure(rows: number, limits: Partial<FakeLimits>, platform: string): Promise<{ syncs: number; millis: number }> {
  const book = bookWith({ Hanke: [["Hanke", "LasSe"]], Laskut: laskut(rows) });
  const runs: { syncs: number; millis: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const { fake, uninstall } = installFakeOffice(book, { limits, platform });
    const start = performance.now();
    await officeHost().read();
    runs.push({ syncs: fake.syncCount, millis: performance.now() - start });
    uninstall();
  }
  return median(runs, (r) => r.millis);
}

async function bench(): Promise<void> {
  const lines: string[][] = [];
  for (const rows of [10_000, 100_000]) {
    for (const [host, limits, platform] of [
      ["desktop (no cap)", {}, "PC"],
      ["web (5 MB cap)", WEB_LIMITS, "OfficeOnline"],
    ] as const) {
      const { syncs, millis } = await measure(rows, limits, platform);
      lines.push([`${count(rows)} rows, ${host}`, String(syncs), ms(millis)]);
    }
  }
  process.stdout.write(`${table(["read() of Laskut", "syncs", "time"], lines)}\n`);
}

void bench();
