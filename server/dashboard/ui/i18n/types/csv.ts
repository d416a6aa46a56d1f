/** The exports' CSV headers (each language's ../<lang>/csv.ts). */

export interface CsvStrings {
  /**
   * CSV headers by column key (server/dashboard/routes/export-routes.ts).
   * English keeps the keys themselves: scripts and saved spreadsheets read
   * them; another language names the columns in its words.
   */
  csv: Record<string, string>;
}
