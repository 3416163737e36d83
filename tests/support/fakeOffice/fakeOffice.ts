/**
 * A fake Office/Excel host: the globals `Office`, `Excel` and `OfficeExtension` with the part
 * of Office.js the task pane's adapter (taskpane/office/) uses, over an in-memory workbook.
 *
 * Faithful where it matters for the adapter: commands are queued and run only on
 * `context.sync()`, in order; a loaded property is readable only after the sync (reading it
 * before throws PropertyNotLoaded, as Office does); a failing command stops the sync with an
 * OfficeExtension.Error and the commands before it stay done (Office batches are not
 * transactions); `values` are 2-D arrays sized to the range, empty cells "", errors "#REF!";
 * the used range trims empty edges; written text is taken like typing (see typed.ts).
 * Limits like Excel on the web's (5 MB responses) are off unless a test sets them.
 *
 * It counts syncs and records selections, writes, tables and charts for assertions.
 * Plain TypeScript without Node APIs: it also runs bundled in the browser (script.ts).
 */
import type { CellValue } from "../../../src/workbook/types";
import { formatRange, parseRange } from "./address";
import type { Bounds } from "./address";
import { cellOf, key, newSheet, setCell, sheetSnapshot, usedBounds } from "./model";
import type {
  FakeBookInit,
  FakeChart,
  FakeConditionalFormat,
  FakeSheet,
  FakeTable,
  Hyperlink,
  SheetSnapshot,
  SheetVisibility,
} from "./model";
import { officeValue, typedEntry } from "./typed";

export interface FakeLimits {
  /** Largest response of one sync in bytes of JSON (Excel on the web: 5 MB); Infinity = none. */
  responseBytes: number;
  /** Largest request of one sync in bytes of JSON (Excel on the web: 5 MB); Infinity = none. */
  requestBytes: number;
  /** Most cells one load of values may cover (Office: 5 million). */
  cellsPerRead: number;
}

export interface FakeOptions {
  readonly displayLanguage?: string;
  /** Office.context.platform: "PC" (default), "Mac", or "OfficeOnline" (Excel on the web, whose adapter reads in 5 MB groups). */
  readonly platform?: string;
  /** The highest ExcelApi requirement set the fake host claims (1.16 and later know `use1904DateSystem`). */
  readonly excelApi?: string;
  readonly limits?: Partial<FakeLimits>;
  /** Office.context.officeTheme (Office's colours, dark in a dark theme); left out, the host has none, as outside Office. */
  readonly officeTheme?: FakeOfficeTheme;
  /** Milliseconds each sync waits, as a round trip to Excel takes (0: none). */
  readonly syncDelayMs?: number;
  /** The value a written formula shows; the fake has no calculation engine (default: empty). */
  readonly calculate?: (formula: string, sheet: string) => CellValue;
}

export interface FakeOfficeTheme {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

export interface WriteRecord {
  readonly sheet: string;
  readonly address: string;
  readonly what: string;
}

export const WEB_LIMITS: FakeLimits = { responseBytes: 5 * 1024 * 1024, requestBytes: 5 * 1024 * 1024, cellsPerRead: 5_000_000 };

/** Office's error object: `code`, `message` and `debugInfo`, like OfficeExtension.Error. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

const fail = (code: string, message: string, where?: string): never => {
  throw new FakeOfficeError(code, message, where);
};

const NOT_LOADED = (name: string) =>
  `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;

function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2 = 0] = have.split(".").map(Number);
  const [b1, b2 = 0] = want.split(".").map(Number);
  return a1 !== b1 ? a1 > b1 : a2 >= b2;
}

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

/** The fake host: its state, and `install()` to put the globals in place. */
export class FakeOffice {
  sheets: FakeSheet[];
  date1904: boolean;
  activeSheet: FakeSheet | null;
  selected: { sheet: string; cell: string } | null = null;
  syncCount = 0;
  /** Syncs that ended in an Office error. */
  failedSyncs = 0;
  runCount = 0;
  readonly writes: WriteRecord[] = [];
  /** Hyperlinks written to a sheet that did not exist. */
  readonly brokenLinks: string[] = [];
  readonly suspended = { calculation: 0, screenUpdating: 0 };
  readonly limits: FakeLimits;
  displayLanguage: string;
  platform: string;
  excelApi: string;
  officeTheme: FakeOfficeTheme | undefined;
  syncDelayMs: number;
  calculate: (formula: string, sheet: string) => CellValue;
  /** worksheets.onChanged handlers, called after each change (Office fires its events after the sync). */
  readonly changeHandlers: Array<(event: { worksheetId: string; address: string; source: string }) => unknown> = [];
  private failure: FakeOfficeError | null = null;
  private commandFailure: { where: string; skip: number; error: FakeOfficeError } | null = null;

  constructor(book: FakeBookInit, options: FakeOptions = {}) {
    this.sheets = book.sheets.map((s) => {
      const sheet = newSheet(s.name, s.cells, s.visibility ?? "Visible");
      for (const { top, left, bottom, right } of s.merged ?? []) sheet.merged.push({ r0: top, c0: left, r1: bottom, c1: right });
      return sheet;
    });
    this.date1904 = book.date1904;
    this.activeSheet = this.sheets.find((s) => s.visibility === "Visible") ?? null;
    this.limits = { responseBytes: Infinity, requestBytes: Infinity, cellsPerRead: 5_000_000, ...options.limits };
    this.displayLanguage = options.displayLanguage ?? "fi-FI";
    this.platform = options.platform ?? "PC";
    this.excelApi = options.excelApi ?? "1.17";
    this.officeTheme = options.officeTheme;
    this.syncDelayMs = options.syncDelayMs ?? 0;
    this.calculate = options.calculate ?? (() => null);
  }

  /** The next sync fails with this Office error before running any of its commands (like a rejected request). */
  failNextSync(code = "GeneralException", message = "An internal error has occurred."): void {
    this.failure = new FakeOfficeError(code, message);
  }

  sheet(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  /** Everything the workbook holds, JSON-able (also from the browser: `window.__KASTE_FAKE__.snapshot()`). */
  snapshot(): { sheets: SheetSnapshot[]; date1904: boolean; activeSheet: string | null } {
    return { sheets: this.sheets.map(sheetSnapshot), date1904: this.date1904, activeSheet: this.activeSheet?.name ?? null };
  }

  /** The globals Office.js would define. */
  globals(): { Office: unknown; Excel: unknown; OfficeExtension: unknown } {
    const fake = this;
    const Office = {
      HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
      PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
      context: {
        get displayLanguage() {
          return fake.displayLanguage;
        },
        get platform() {
          return fake.platform;
        },
        get officeTheme() {
          return fake.officeTheme;
        },
        requirements: {
          isSetSupported(name: string, version?: string | number) {
            if (name !== "ExcelApi") return false;
            return version === undefined || versionAtLeast(fake.excelApi, String(version));
          },
        },
      },
      onReady(callback?: (info: { host: string; platform: string }) => void) {
        const info = { host: "Excel", platform: fake.platform };
        return Promise.resolve(info).then((i) => {
          callback?.(i);
          return i;
        });
      },
    };
    const Excel = {
      run: <T>(batch: (context: FakeContext) => Promise<T>) => fake.run(batch),
      RequestContext: class extends FakeContext {
        constructor() {
          super(fake);
        }
      },
      ErrorCodes: {
        generalException: "GeneralException",
        invalidArgument: "InvalidArgument",
        itemNotFound: "ItemNotFound",
        itemAlreadyExists: "ItemAlreadyExists",
        accessDenied: "AccessDenied",
        responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
      },
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered" },
      ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
      ConditionalFormatType: { custom: "Custom" },
    };
    return { Office, Excel, OfficeExtension: { Error: FakeOfficeError } };
  }

  /** Installs the globals on `target` (globalThis by default); returns a function that restores what was there. */
  install(target: Record<string, unknown> = globalThis): () => void {
    const globals = this.globals() as Record<string, unknown>;
    const before = Object.fromEntries(Object.keys(globals).map((name) => [name, target[name]]));
    Object.assign(target, globals);
    return () => {
      for (const [name, value] of Object.entries(before)) {
        if (value === undefined) delete target[name];
        else target[name] = value;
      }
    };
  }

  async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    this.runCount++;
    const context = new FakeContext(this);
    const result = await batch(context);
    // Excel.run sends what the batch left queued
    if (context.pending() > 0) await context.sync();
    return result;
  }

  /**
   * The next command whose location (`Range.values`, `TableCollection.add`, …) contains `where`
   * (after `skip` such commands ran) fails with this Office error; the commands before it in its
   * sync stay done, as in Office.
   */
  failCommand(where: string, code = "GeneralException", message = "An internal error has occurred.", skip = 0): void {
    this.commandFailure = { where, skip, error: new FakeOfficeError(code, message, where) };
  }

  /** Takes the command failure when this command is the one. */
  takeCommandFailure(location: string): FakeOfficeError | null {
    const failure = this.commandFailure;
    if (!failure || !location.includes(failure.where)) return null;
    if (failure.skip > 0) {
      failure.skip--;
      return null;
    }
    this.commandFailure = null;
    return failure.error;
  }

  /** Takes the failure set by failNextSync, if any. */
  takeFailure(): FakeOfficeError | null {
    const failure = this.failure;
    this.failure = null;
    return failure;
  }

  record(sheet: FakeSheet, bounds: Bounds | null, what: string): void {
    const address = bounds ? formatRange(sheet.name, bounds).split("!")[1] : "";
    this.writes.push({ sheet: sheet.name, address, what });
    // The add-in's own writes raise onChanged too, as in Excel
    this.changed(sheet.name, address);
  }

  /** Types a value into a cell as the user would, raising onChanged (for the pane's re-check as she types). */
  userEdit(sheetName: string, cell: string, value: CellValue): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const at = parseRange(cell);
    if (!at) throw new Error(`not a cell: ${cell}`);
    setCell(sheet, at.bounds.r0, at.bounds.c0, value);
    this.changed(sheet.name, cell);
  }

  private changed(sheet: string, address: string): void {
    if (this.changeHandlers.length === 0) return;
    setTimeout(() => {
      for (const handler of this.changeHandlers) void handler({ worksheetId: sheet, address, source: "Local" });
    }, 0);
  }
}

interface Command {
  readonly location: string;
  /** Runs the command; returns the bytes it adds to the response. */
  run(): number;
  /** Bytes it adds to the request. */
  readonly requestBytes?: () => number;
}

const jsonBytes = (value: unknown): number => JSON.stringify(value)?.length ?? 0;

export class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: Command[] = [];

  constructor(readonly fake: FakeOffice) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  pending(): number {
    return this.queue.length;
  }

  enqueue(command: Command): void {
    this.queue.push(command);
  }

  async sync(): Promise<void> {
    try {
      await this.send();
    } catch (error) {
      this.fake.failedSyncs++;
      throw error;
    }
  }

  private async send(): Promise<void> {
    const fake = this.fake;
    fake.syncCount++;
    const commands = this.queue;
    this.queue = [];
    const failure = fake.takeFailure();
    if (failure) throw failure;
    if (Number.isFinite(fake.limits.requestBytes)) {
      const request = commands.reduce((sum, c) => sum + (c.requestBytes?.() ?? 0), 0);
      if (request > fake.limits.requestBytes) fail("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    let response = 0;
    for (const command of commands) {
      try {
        const injected = fake.takeCommandFailure(command.location);
        if (injected) throw injected;
        response += command.run();
      } catch (error) {
        if (error instanceof FakeOfficeError)
          throw new FakeOfficeError(error.code, error.message, error.debugInfo.errorLocation ?? command.location);
        throw error;
      }
    }
    if (response > fake.limits.responseBytes) fail("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    if (fake.syncDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.syncDelayMs));
    else await Promise.resolve();
  }

  /** Office's context.trackedObjects exists; nothing to track in the fake. */
  readonly trackedObjects = { add() {}, remove() {} };
}

/** What every Office proxy has: load() queues a snapshot of properties; reading one needs it loaded. */
abstract class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();
  constructor(
    protected readonly context: FakeContext,
    protected readonly location: string,
  ) {}

  /** The property's value now (run at sync time); throws InvalidArgument for a property the fake does not know. */
  protected abstract snapshotOf(name: string): unknown;
  /** Whether the object exists (false for a null object). */
  protected abstract exists(): boolean;

  load(props?: string | string[] | { select?: string }): this {
    const names = (typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : (props?.select?.split(",") ?? []))
      .map((n) => n.trim())
      .filter((n) => n !== "");
    this.context.enqueue({
      location: `${this.location}.load`,
      run: () => {
        const exists = this.exists();
        this.loaded.set("isNullObject", !exists);
        if (!exists) return 16;
        let bytes = 16;
        for (const name of names) {
          const value = this.snapshotOf(name);
          this.loaded.set(name, value);
          if (Number.isFinite(this.context.fake.limits.responseBytes)) bytes += jsonBytes(value);
        }
        return bytes;
      },
    });
    return this;
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) fail("PropertyNotLoaded", NOT_LOADED(name), this.location);
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    return this.get<boolean>("isNullObject");
  }

  protected unknown(name: string): never {
    return fail(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format. (${this.location} has no property ${name} in the fake)`,
      this.location,
    );
  }
}

class FakeWorkbookProxy extends FakeProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  constructor(context: FakeContext) {
    super(context, "Workbook");
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
    this.application = new FakeApplication(context);
  }
  protected exists(): boolean {
    return true;
  }
  protected snapshotOf(name: string): unknown {
    if (name === "use1904DateSystem") {
      if (!versionAtLeast(this.context.fake.excelApi, "1.16"))
        fail("ApiNotFound", "The requested API could not be found.", "Workbook.use1904DateSystem");
      return this.context.fake.date1904;
    }
    return this.unknown(name);
  }
  get use1904DateSystem(): boolean {
    return this.get("use1904DateSystem");
  }
}

class FakeApplication {
  constructor(private readonly context: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({
      location: "Application.suspendApiCalculationUntilNextSync",
      run: () => {
        this.context.fake.suspended.calculation++;
        return 0;
      },
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue({
      location: "Application.suspendScreenUpdatingUntilNextSync",
      run: () => {
        this.context.fake.suspended.screenUpdating++;
        return 0;
      },
    });
  }
}

type SheetRef = { kind: "name"; name: string; orNull: boolean } | { kind: "bound"; sheet: () => FakeSheet | null } | { kind: "active" };

class FakeWorksheetCollection extends FakeProxy {
  constructor(context: FakeContext) {
    super(context, "WorksheetCollection");
  }
  protected exists(): boolean {
    return true;
  }
  protected snapshotOf(name: string): unknown {
    return this.unknown(name);
  }
  override load(props?: string | string[] | { select?: string }): this {
    const names = (typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : (props?.select?.split(",") ?? []))
      .map((n) => n.trim())
      .filter(Boolean);
    this.context.enqueue({
      location: "WorksheetCollection.load",
      run: () => {
        const items = this.context.fake.sheets.map((sheet) => {
          const item = new FakeWorksheet(this.context, { kind: "bound", sheet: () => sheet });
          item.fill(names.map((n) => (n.startsWith("items/") ? n.slice(6) : n)).filter((n) => n !== "items"));
          return item;
        });
        this.loaded.set("items", items);
        return 16 + items.length * 32;
      },
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.get("items");
  }

  getItem(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, { kind: "name", name, orNull: false });
    this.context.enqueue({
      location: `WorksheetCollection.getItem(${name})`,
      run: () => {
        sheet.resolve();
        return 0;
      },
    });
    return sheet;
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, { kind: "name", name, orNull: true });
  }
  /** WorksheetCollection.onChanged (ExcelApi 1.9): the handler is registered with the next sync. */
  get onChanged(): { add(handler: (event: { worksheetId: string; address: string; source: string }) => unknown): { remove(): void } } {
    const fake = this.context.fake;
    return {
      add: (handler) => {
        this.context.enqueue({
          location: "WorksheetCollection.onChanged.add",
          run: () => {
            fake.changeHandlers.push(handler);
            return 0;
          },
        });
        return {
          remove: () => {
            const at = fake.changeHandlers.indexOf(handler);
            if (at >= 0) fake.changeHandlers.splice(at, 1);
          },
        };
      },
    };
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, { kind: "active" });
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const fake = this.context.fake;
    this.context.enqueue({
      location: `WorksheetCollection.add(${name ?? ""})`,
      run: () => {
        const wanted = name ?? `Sheet${fake.sheets.length + 1}`;
        if (wanted.length === 0 || wanted.length > 31 || INVALID_SHEET_NAME.test(wanted) || /^'|'$/.test(wanted))
          fail("InvalidArgument", `The sheet name ${wanted} is not valid.`);
        if (fake.sheet(wanted)) fail("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
        created = newSheet(wanted);
        fake.sheets.push(created);
        fake.record(created, null, "add sheet");
        return 0;
      },
    });
    return new FakeWorksheet(this.context, { kind: "bound", sheet: () => created });
  }
}

export class FakeWorksheet extends FakeProxy {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  constructor(
    context: FakeContext,
    private readonly ref: SheetRef,
  ) {
    super(context, `Worksheet(${ref.kind === "name" ? ref.name : ref.kind})`);
    this.tables = new FakeTableCollection(context, this);
    this.charts = new FakeChartCollection(context, this);
  }

  /** The sheet this proxy stands for, at sync time; null for a missing sheet of getItemOrNullObject. */
  resolve(): FakeSheet | null {
    const fake = this.context.fake;
    if (this.ref.kind === "active") return fake.activeSheet ?? fail("ItemNotFound", "There is no active worksheet.");
    if (this.ref.kind === "bound") return this.ref.sheet() ?? fail("ItemNotFound", "The worksheet was not created.");
    const sheet = fake.sheet(this.ref.name);
    if (!sheet && !this.ref.orNull)
      fail("ItemNotFound", `The requested resource doesn't exist. (worksheet ${this.ref.name})`, this.location);
    return sheet ?? null;
  }

  required(): FakeSheet {
    return this.resolve() ?? fail("InvalidOperation", "The object is a null object.", this.location);
  }

  protected exists(): boolean {
    return this.resolve() !== null;
  }
  protected snapshotOf(name: string): unknown {
    const sheet = this.required();
    if (name === "name") return sheet.name;
    if (name === "visibility") return sheet.visibility;
    if (name === "position") return this.context.fake.sheets.indexOf(sheet);
    return this.unknown(name);
  }
  /** Loaded right away (collection items are loaded when the collection's load runs). */
  fill(names: readonly string[]): void {
    this.loaded.set("isNullObject", false);
    for (const name of names) this.loaded.set(name, this.snapshotOf(name));
  }

  get name(): string {
    return this.get("name");
  }
  get visibility(): SheetVisibility {
    return this.get("visibility");
  }
  set visibility(value: SheetVisibility) {
    this.context.enqueue({
      location: `${this.location}.visibility`,
      run: () => {
        const sheet = this.required();
        const fake = this.context.fake;
        if (value !== "Visible" && fake.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0) {
          fail("InvalidOperation", "A workbook must have at least one visible worksheet.");
        }
        sheet.visibility = value;
        if (value !== "Visible" && fake.activeSheet === sheet)
          fake.activeSheet = fake.sheets.find((s) => s.visibility === "Visible") ?? null;
        fake.record(sheet, null, `visibility ${value}`);
        return 0;
      },
    });
  }

  activate(): void {
    this.context.enqueue({
      location: `${this.location}.activate`,
      run: () => {
        const sheet = this.required();
        if (sheet.visibility !== "Visible") fail("InvalidOperation", "A hidden worksheet cannot be activated.");
        this.context.fake.activeSheet = sheet;
        return 0;
      },
    });
  }

  delete(): void {
    this.context.enqueue({
      location: `${this.location}.delete`,
      run: () => {
        const fake = this.context.fake;
        const sheet = this.required();
        if (fake.sheets.length === 1) fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
        fake.sheets = fake.sheets.filter((s) => s !== sheet);
        if (fake.activeSheet === sheet) fake.activeSheet = fake.sheets.find((s) => s.visibility === "Visible") ?? null;
        fake.record(sheet, null, "delete sheet");
        return 0;
      },
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, () => {
      if (address === undefined) return { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 };
      const parsed = parseRange(address);
      if (!parsed) return fail("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (address ${address})`);
      if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== this.required().name.toLowerCase())
        fail("InvalidArgument", `The address ${address} is on another sheet.`);
      return parsed.bounds;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, this, () => {
      if (
        startRow < 0 ||
        startColumn < 0 ||
        rowCount < 1 ||
        columnCount < 1 ||
        startRow + rowCount > 1_048_576 ||
        startColumn + columnCount > 16_384
      ) {
        fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format. (getRangeByIndexes)");
      }
      return { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this, () => usedBounds(this.required(), valuesOnly));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this, () => usedBounds(this.required(), valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }
}

type Grid = readonly (readonly unknown[])[];

export class FakeRange extends FakeProxy {
  readonly format: FakeRangeFormat;
  constructor(
    context: FakeContext,
    readonly worksheet: FakeWorksheet,
    private readonly boundsNow: () => Bounds | null,
  ) {
    super(context, "Range");
    this.format = new FakeRangeFormat(context, this);
  }

  /** The sheet and rectangle at sync time; null for an empty used range (a null object). */
  resolve(): { sheet: FakeSheet; bounds: Bounds } | null {
    const sheet = this.worksheet.required();
    const bounds = this.boundsNow();
    return bounds ? { sheet, bounds } : null;
  }
  required(): { sheet: FakeSheet; bounds: Bounds } {
    return this.resolve() ?? fail("InvalidOperation", "The object is a null object.", this.location);
  }

  protected exists(): boolean {
    return this.resolve() !== null;
  }
  protected snapshotOf(name: string): unknown {
    const { sheet, bounds } = this.required();
    const rows = bounds.r1 - bounds.r0 + 1,
      cols = bounds.c1 - bounds.c0 + 1;
    const grid = <T>(cell: (r: number, c: number) => T): T[][] => {
      if (rows * cols > this.context.fake.limits.cellsPerRead)
        fail("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.");
      const out: T[][] = new Array(rows);
      for (let r = 0; r < rows; r++) {
        const line: T[] = new Array(cols);
        for (let c = 0; c < cols; c++) line[c] = cell(bounds.r0 + r, bounds.c0 + c);
        out[r] = line;
      }
      return out;
    };
    switch (name) {
      case "address":
        return formatRange(sheet.name, bounds);
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "rowIndex":
        return bounds.r0;
      case "columnIndex":
        return bounds.c0;
      case "values":
        return grid((r, c) => officeValue(cellOf(sheet, r, c)));
      case "formulas":
        return grid((r, c) => sheet.formulas.get(key(r, c)) ?? officeValue(cellOf(sheet, r, c)));
      case "numberFormat":
        return grid((r, c) => sheet.numberFormats.get(key(r, c)) ?? "General");
      case "valueTypes":
        return grid((r, c) => {
          const v = cellOf(sheet, r, c);
          return v === null
            ? "Empty"
            : typeof v === "object"
              ? "Error"
              : typeof v === "number"
                ? "Double"
                : typeof v === "boolean"
                  ? "Boolean"
                  : "String";
        });
      default:
        return this.unknown(name);
    }
  }

  /** The merged blocks inside this range (ExcelApi 1.13), a null object when there are none. */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    if (!versionAtLeast(this.context.fake.excelApi, "1.13"))
      fail("ApiNotFound", "The requested API could not be found.", "Range.getMergedAreasOrNullObject");
    return new FakeMergedAreas(this.context, this);
  }

  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get values(): (number | string | boolean)[][] {
    return this.get("values");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  set values(grid: Grid) {
    this.writeGrid(grid, "values");
  }
  set formulas(grid: Grid) {
    this.writeGrid(grid, "formulas");
  }
  set numberFormat(grid: Grid) {
    this.enqueueGrid(grid, "numberFormat", (sheet, r, c, value) => {
      if (value === null || value === undefined) return;
      if (typeof value !== "string") return fail("InvalidArgument", "A number format is text.");
      if (value === "General") sheet.numberFormats.delete(key(r, c));
      else sheet.numberFormats.set(key(r, c), value);
    });
  }

  private writeGrid(grid: Grid, what: string): void {
    const fake = this.context.fake;
    this.enqueueGrid(grid, what, (sheet, r, c, input) => {
      const typed = typedEntry(input);
      if (typed === "unchanged") return;
      const k = key(r, c);
      if (typed.formula !== undefined) {
        sheet.formulas.set(k, typed.formula);
        setCell(sheet, r, c, fake.calculate(typed.formula.slice(1), sheet.name));
      } else {
        sheet.formulas.delete(k);
        if (typed.value !== null || sheet.cells[r]?.[c] !== undefined) setCell(sheet, r, c, typed.value);
      }
    });
  }

  /** Queues a write of a 2-D array (or one value for every cell) sized to the range, as Office requires. */
  private enqueueGrid(grid: unknown, what: string, write: (sheet: FakeSheet, r: number, c: number, value: unknown) => void): void {
    const fake = this.context.fake;
    this.context.enqueue({
      location: `Range.${what}`,
      requestBytes: () => (Number.isFinite(fake.limits.requestBytes) ? jsonBytes(grid) : 0),
      run: () => {
        const { sheet, bounds } = this.required();
        const rows = bounds.r1 - bounds.r0 + 1,
          cols = bounds.c1 - bounds.c0 + 1;
        const scalar = !Array.isArray(grid);
        if (!scalar && ((grid as Grid).length !== rows || (grid as Grid).some((line) => !Array.isArray(line) || line.length !== cols))) {
          fail("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
        }
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) write(sheet, bounds.r0 + r, bounds.c0 + c, scalar ? grid : (grid as Grid)[r][c]);
        }
        fake.record(sheet, bounds, what);
        return 0;
      },
    });
  }

  /** The range's conditional formats: add (custom rule) and getItem(id).delete(), ExcelApi 1.6. */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, this);
  }

  set hyperlink(link: Hyperlink) {
    const fake = this.context.fake;
    this.context.enqueue({
      location: "Range.hyperlink",
      run: () => {
        const { sheet, bounds } = this.required();
        if (link.documentReference !== undefined) {
          const [target] = link.documentReference.split("!");
          const name = target.startsWith("'") ? target.slice(1, -1).replace(/''/g, "'") : target;
          // Excel takes a link to a missing sheet (it fails only when clicked): recorded for tests to see
          if (!fake.sheet(name)) fake.brokenLinks.push(link.documentReference);
        }
        sheet.hyperlinks.set(key(bounds.r0, bounds.c0), { ...link });
        if (link.textToDisplay !== undefined) setCell(sheet, bounds.r0, bounds.c0, link.textToDisplay);
        fake.record(sheet, bounds, "hyperlink");
        return 0;
      },
    });
  }

  select(): void {
    this.context.enqueue({
      location: "Range.select",
      run: () => {
        const { sheet, bounds } = this.required();
        const fake = this.context.fake;
        if (fake.activeSheet !== sheet)
          fail("InvalidSelection", "The current selection is invalid for this operation. (select on a sheet that is not active)");
        fake.selected = { sheet: sheet.name, cell: formatRange(sheet.name, bounds).split("!")[1] };
        return 0;
      },
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" = "All"): void {
    this.context.enqueue({
      location: "Range.clear",
      run: () => {
        const { sheet, bounds } = this.required();
        const inside = (k: string) => {
          const [r, c] = k.split(",").map(Number);
          return r >= bounds.r0 && r <= bounds.r1 && c >= bounds.c0 && c <= bounds.c1;
        };
        const drop = (map: Map<string, unknown> | Set<string>) => {
          for (const k of [...map.keys()]) if (inside(k)) map.delete(k);
        };
        if (applyTo === "All" || applyTo === "Contents") {
          for (let r = bounds.r0; r <= Math.min(bounds.r1, sheet.cells.length - 1); r++) {
            const row = sheet.cells[r];
            if (!row) continue;
            for (let c = bounds.c0; c <= Math.min(bounds.c1, row.length - 1); c++) row[c] = null;
          }
          drop(sheet.formulas);
        }
        if (applyTo === "All" || applyTo === "Formats") {
          drop(sheet.numberFormats);
          drop(sheet.bold);
          for (const col of [...sheet.columnWidths.keys()])
            if (bounds.r0 === 0 && bounds.r1 === 1_048_575 && col >= bounds.c0 && col <= bounds.c1) sheet.columnWidths.delete(col);
        }
        if (applyTo === "All" || applyTo === "Hyperlinks") drop(sheet.hyperlinks);
        this.context.fake.record(sheet, bounds, `clear ${applyTo}`);
        return 0;
      },
    });
  }

  /** Only formats (number formats and bold), tiled over the range as Excel pastes them. */
  copyFrom(source: FakeRange | string, copyType: "All" | "Formats" | "Values" | "Formulas" = "All"): void {
    this.context.enqueue({
      location: "Range.copyFrom",
      run: () => {
        if (copyType !== "Formats") fail("InvalidArgument", "The fake copies formats only.");
        const { sheet, bounds } = this.required();
        const from = typeof source === "string" ? this.worksheet.getRange(source).required() : source.required();
        const height = from.bounds.r1 - from.bounds.r0 + 1,
          width = from.bounds.c1 - from.bounds.c0 + 1;
        for (let r = bounds.r0; r <= bounds.r1; r++) {
          for (let c = bounds.c0; c <= bounds.c1; c++) {
            const sr = from.bounds.r0 + ((r - bounds.r0) % height),
              sc = from.bounds.c0 + ((c - bounds.c0) % width);
            const format = from.sheet.numberFormats.get(key(sr, sc));
            if (format) sheet.numberFormats.set(key(r, c), format);
            else sheet.numberFormats.delete(key(r, c));
            if (from.sheet.bold.has(key(sr, sc))) sheet.bold.add(key(r, c));
            else sheet.bold.delete(key(r, c));
          }
        }
        this.context.fake.record(sheet, bounds, "copyFrom Formats");
        return 0;
      },
    });
  }
}

/** A range's merged blocks, as Office's RangeAreas gives them: `Laskut!A2:A4, Laskut!B2:B4`. */
class FakeMergedAreas extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context, "RangeAreas");
  }
  private blocks(): { sheet: FakeSheet; blocks: Bounds[] } {
    const { sheet, bounds } = this.range.required();
    const inside = (b: Bounds) => b.r0 >= bounds.r0 && b.r1 <= bounds.r1 && b.c0 >= bounds.c0 && b.c1 <= bounds.c1;
    return { sheet, blocks: sheet.merged.filter(inside) };
  }
  protected exists(): boolean {
    return this.range.resolve() !== null && this.blocks().blocks.length > 0;
  }
  protected snapshotOf(name: string): unknown {
    const { sheet, blocks } = this.blocks();
    if (name === "address") return blocks.map((b) => formatRange(sheet.name, b)).join(", ");
    if (name === "areaCount") return blocks.length;
    return this.unknown(name);
  }
  get address(): string {
    return this.get("address");
  }
}

let conditionalFormatIds = 0;

/** range.conditionalFormats: custom formats only (what the pane's mark uses). */
class FakeConditionalFormatCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}

  add(type: string): FakeConditionalFormatProxy {
    if (type !== "Custom") fail("InvalidArgument", `The fake makes custom conditional formats only (asked: ${type}).`);
    const id = `{CF-${++conditionalFormatIds}}`;
    this.context.enqueue({
      location: "ConditionalFormatCollection.add",
      run: () => {
        const { sheet, bounds } = this.range.required();
        const address = formatRange(sheet.name, bounds).split("!")[1];
        sheet.conditionalFormats.unshift({ id, address, formula: "", fill: "" });
        return 0;
      },
    });
    return new FakeConditionalFormatProxy(this.context, this.range, id);
  }

  getItem(id: string): FakeConditionalFormatProxy {
    return new FakeConditionalFormatProxy(this.context, this.range, id);
  }
}

class FakeConditionalFormatProxy extends FakeProxy {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string } } };
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
    private readonly formatId: string,
  ) {
    super(context, "ConditionalFormat");
    const set = (what: "formula" | "fill", value: string) =>
      context.enqueue({
        location: `ConditionalFormat.${what}`,
        run: () => {
          this.required()[what] = value;
          return 0;
        },
      });
    this.custom = {
      rule: {
        get formula(): string {
          return fail("PropertyNotLoaded", NOT_LOADED("formula"));
        },
        set formula(value: string) {
          set("formula", value);
        },
      },
      format: {
        fill: {
          get color(): string {
            return fail("PropertyNotLoaded", NOT_LOADED("color"));
          },
          set color(value: string) {
            set("fill", value);
          },
        },
      },
    };
  }

  private found(): FakeConditionalFormat | undefined {
    return this.range.worksheet.required().conditionalFormats.find((f) => f.id === this.formatId);
  }
  private required(): FakeConditionalFormat {
    return this.found() ?? fail("ItemNotFound", "The requested resource doesn't exist.", this.location);
  }
  protected exists(): boolean {
    return this.found() !== undefined;
  }
  protected snapshotOf(name: string): unknown {
    if (name === "id") return this.required().id;
    return this.unknown(name);
  }
  get id(): string {
    return this.get<string>("id");
  }
  delete(): void {
    this.context.enqueue({
      location: "ConditionalFormat.delete",
      run: () => {
        const sheet = this.range.worksheet.required();
        const at = sheet.conditionalFormats.indexOf(this.required());
        sheet.conditionalFormats.splice(at, 1);
        return 0;
      },
    });
  }
}

class FakeRangeFormat {
  readonly font: { bold: boolean };
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {
    const format = this;
    this.font = {
      get bold(): boolean {
        return fail("PropertyNotLoaded", NOT_LOADED("bold"));
      },
      set bold(value: boolean) {
        format.each("bold", (sheet, r, c) => {
          if (value) sheet.bold.add(key(r, c));
          else sheet.bold.delete(key(r, c));
        });
      },
    };
  }
  set columnWidth(points: number) {
    this.context.enqueue({
      location: "RangeFormat.columnWidth",
      run: () => {
        const { sheet, bounds } = this.range.required();
        if (!(points >= 0 && points <= 255 * 7.5)) fail("InvalidArgument", `A column width of ${points} points is out of range.`);
        for (let c = bounds.c0; c <= bounds.c1; c++) sheet.columnWidths.set(c, points);
        this.context.fake.record(sheet, bounds, "columnWidth");
        return 0;
      },
    });
  }
  private each(what: string, apply: (sheet: FakeSheet, r: number, c: number) => void): void {
    this.context.enqueue({
      location: `RangeFormat.${what}`,
      run: () => {
        const { sheet, bounds } = this.range.required();
        for (let r = bounds.r0; r <= bounds.r1; r++) for (let c = bounds.c0; c <= bounds.c1; c++) apply(sheet, r, c);
        this.context.fake.record(sheet, bounds, what);
        return 0;
      },
    });
  }
}

class FakeTableCollection extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly worksheet: FakeWorksheet | null,
  ) {
    super(context, "TableCollection");
  }
  protected exists(): boolean {
    return true;
  }
  protected snapshotOf(): unknown {
    return null;
  }
  private all(): FakeTable[] {
    const sheets = this.worksheet ? [this.worksheet.required()] : this.context.fake.sheets;
    return sheets.flatMap((s) => s.tables);
  }
  override load(): this {
    this.context.enqueue({
      location: "TableCollection.load",
      run: () => {
        this.loaded.set(
          "items",
          this.all().map((t) => new FakeLoadedTable(this.context, t)),
        );
        return 16;
      },
    });
    return this;
  }
  get items(): FakeLoadedTable[] {
    return this.get("items");
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTableProxy {
    const fake = this.context.fake;
    const proxy = new FakeTableProxy(this.context);
    this.context.enqueue({
      location: "TableCollection.add",
      run: () => {
        const range =
          typeof address === "string"
            ? (this.worksheet ?? fail("InvalidArgument", "No sheet for the table")).getRange(address).required()
            : address.required();
        const overlaps = range.sheet.tables.some((t) => {
          const b = parseRange(t.address)!.bounds;
          return !(b.r1 < range.bounds.r0 || b.r0 > range.bounds.r1 || b.c1 < range.bounds.c0 || b.c0 > range.bounds.c1);
        });
        if (overlaps) fail("InvalidOperation", "A table can't overlap another table.");
        const count = fake.sheets.reduce((n, s) => n + s.tables.length, 0);
        proxy.table = { name: `Table${count + 1}`, address: formatRange(range.sheet.name, range.bounds), hasHeaders };
        range.sheet.tables.push(proxy.table);
        fake.record(range.sheet, range.bounds, "table");
        return 0;
      },
    });
    return proxy;
  }
}

/** A table as a loaded collection gives it: its name as loaded, and delete() (Table.delete: the table and its cells' contents and formats go). */
class FakeLoadedTable {
  readonly name: string;
  constructor(
    private readonly context: FakeContext,
    private readonly table: FakeTable,
  ) {
    this.name = table.name;
  }
  delete(): void {
    const fake = this.context.fake;
    this.context.enqueue({
      location: "Table.delete",
      run: () => {
        const sheet = fake.sheets.find((s) => s.tables.includes(this.table)) ?? fail("ItemNotFound", "The table does not exist.");
        sheet.tables.splice(sheet.tables.indexOf(this.table), 1);
        const bounds = parseRange(this.table.address)?.bounds ?? fail("InvalidArgument", "A table without an address.");
        for (let r = bounds.r0; r <= bounds.r1; r++)
          for (let c = bounds.c0; c <= bounds.c1; c++) {
            if (sheet.cells[r]?.[c] !== undefined) setCell(sheet, r, c, null);
            for (const map of [sheet.formulas, sheet.numberFormats, sheet.hyperlinks]) map.delete(key(r, c));
            sheet.bold.delete(key(r, c));
          }
        fake.record(sheet, bounds, "delete table");
        return 0;
      },
    });
  }
}

class FakeTableProxy {
  table: FakeTable | null = null;
  constructor(private readonly context: FakeContext) {}
  set name(value: string) {
    const fake = this.context.fake;
    this.context.enqueue({
      location: "Table.name",
      run: () => {
        const table = this.table ?? fail("ItemNotFound", "The table does not exist.");
        if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(value) || /^[A-Za-z]{1,3}\d+$/.test(value) || /^[rc]$/i.test(value))
          fail("InvalidArgument", `The table name ${value} is not valid.`);
        if (fake.sheets.some((s) => s.tables.some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase())))
          fail("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
        table.name = value;
        return 0;
      },
    });
  }
}

class FakeChartCollection extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(context, "ChartCollection");
  }
  protected exists(): boolean {
    return true;
  }
  protected snapshotOf(): unknown {
    return null;
  }
  override load(): this {
    this.context.enqueue({
      location: "ChartCollection.load",
      run: () => {
        const sheet = this.worksheet.required();
        this.loaded.set(
          "items",
          sheet.charts.map(
            (chart) =>
              new FakeChartProxy(
                this.context,
                () => chart,
                () => sheet,
              ),
          ),
        );
        return 16;
      },
    });
    return this;
  }
  get items(): FakeChartProxy[] {
    return this.get("items");
  }

  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChartProxy {
    let chart: FakeChart | null = null;
    let sheet: FakeSheet | null = null;
    this.context.enqueue({
      location: "ChartCollection.add",
      run: () => {
        sheet = this.worksheet.required();
        const range = source.required();
        chart = {
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          source: formatRange(range.sheet.name, range.bounds),
          seriesBy,
          title: "",
          position: "",
        };
        sheet.charts.push(chart);
        this.context.fake.record(sheet, range.bounds, `chart ${type}`);
        return 0;
      },
    });
    return new FakeChartProxy(
      this.context,
      () => chart,
      () => sheet,
    );
  }
}

class FakeChartProxy {
  readonly title: { text: string };
  constructor(
    private readonly context: FakeContext,
    private readonly chart: () => FakeChart | null,
    private readonly sheet: () => FakeSheet | null,
  ) {
    const proxy = this;
    this.title = {
      get text(): string {
        return fail("PropertyNotLoaded", NOT_LOADED("text"));
      },
      set text(value: string) {
        proxy.change("title", (c) => {
          c.title = value;
        });
      },
    };
  }
  set name(value: string) {
    this.change("name", (c) => {
      c.name = value;
    });
  }
  setPosition(startCell: string, endCell?: string): void {
    this.change("setPosition", (c) => {
      c.position = endCell ? `${startCell}:${endCell}` : startCell;
    });
  }
  delete(): void {
    this.context.enqueue({
      location: "Chart.delete",
      run: () => {
        const sheet = this.sheet(),
          chart = this.chart();
        if (!sheet || !chart) return fail("ItemNotFound", "The chart does not exist.");
        sheet.charts.splice(sheet.charts.indexOf(chart), 1);
        this.context.fake.record(sheet, null, "delete chart");
        return 0;
      },
    });
  }
  private change(what: string, apply: (chart: FakeChart) => void): void {
    this.context.enqueue({
      location: `Chart.${what}`,
      run: () => {
        apply(this.chart() ?? fail("ItemNotFound", "The chart does not exist."));
        return 0;
      },
    });
  }
}
