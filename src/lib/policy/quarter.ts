/** Calendar quarters in UTC: the ledger's pages and rates are per quarter. */

export interface Quarter {
  /** `2026-q4`: the page slug and the JSON id. */
  id: string;
  /** `2026 Q4` */
  label: string;
  year: number;
  /** 1–4 */
  quarter: number;
  /** First instant, inclusive, and the next quarter's first instant. */
  start: string;
  end: string;
}

export function quarterOf(iso: string): Quarter {
  const d = new Date(iso);
  const year = d.getUTCFullYear();
  const quarter = Math.floor(d.getUTCMonth() / 3) + 1;
  return quarterById(year, quarter);
}

function quarterById(year: number, quarter: number): Quarter {
  const start = new Date(Date.UTC(year, (quarter - 1) * 3, 1)).toISOString();
  const end = new Date(Date.UTC(year, quarter * 3, 1)).toISOString();
  return { id: `${year}-q${quarter}`, label: `${year} Q${quarter}`, year, quarter, start, end };
}
