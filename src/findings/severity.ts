/** How much a finding weighs: an error blocks the payment application, a warning asks for a look, info only tells. */
export type Severity = "error" | "warning" | "info";
