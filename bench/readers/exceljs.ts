/**
 * The reader cli/readXlsx.ts had before the benches, exceljs' full (non-streaming) object
 * model: now its fallback for XML the scanner cannot follow, and here the reference the benches
 * compare against.
 */
export { cellValueOf, readXlsxWithExceljs as readXlsx } from "../../cli/readXlsx";
