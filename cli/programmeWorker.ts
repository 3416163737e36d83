/**
 * A worker of `kaste programme`: reads and checks one workbook at a time as the main thread
 * hands out files, and answers with its programme row (or the reason it could not be read).
 */
import { parentPort } from "node:worker_threads";
import { checkWorkbook } from "../src/check/checkWorkbook";
import { programmeProject } from "../src/report/programmeRow";
import type { ProgrammeRow } from "../src/report/programmeRow";
import type { Lang } from "../src/findings/render";
import { InputError, readInput } from "./input";

export interface WorkerTask {
  readonly file: string;
  readonly asOf: number | undefined;
  /** The language of a reason. */
  readonly lang: Lang;
}

export async function programmeRowOf(task: WorkerTask): Promise<ProgrammeRow> {
  try {
    const result = checkWorkbook(await readInput(task.file), { asOf: task.asOf });
    return programmeProject(task.file, result, task.asOf);
  } catch (error) {
    return {
      file: task.file,
      reason: error instanceof InputError ? error.text(task.lang) : `internal error: ${(error as Error).message}`,
    };
  }
}

parentPort?.on("message", (task: WorkerTask) => {
  void programmeRowOf(task).then((row) => parentPort?.postMessage(row));
});
