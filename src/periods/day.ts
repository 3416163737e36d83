/** A calendar day as the number of days since 1970-01-01 (UTC, no time of day). */
export type Day = number;
