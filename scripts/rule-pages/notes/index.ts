/** Every code's hand-written note, one file per family: the registry, messages and advice say the rest. */
import type { RuleNotes } from "../types";
import { applicationNotes } from "./applications";
import { budgetNotes } from "./budget";
import { cofundingNotes } from "./cofunding";
import { invoiceNotes } from "./invoices";
import { structureNotes } from "./structure";

export const NOTES: RuleNotes = { ...structureNotes, ...cofundingNotes, ...invoiceNotes, ...budgetNotes, ...applicationNotes };
