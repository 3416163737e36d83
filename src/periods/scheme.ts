/** How invoices or reports are divided in time: monthly, quarterly or in tertials (1–4, 5–8, 9–12). */
export type Scheme = "month" | "quarter" | "tertial";
