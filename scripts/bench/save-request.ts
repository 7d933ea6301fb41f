// The "save one measurement" request as the data grid sends it: a POST of saveMeasurementsAction to
// the team's data page with the Next-Action header and the JSON-encoded argument array. Every request
// saves the same cell with another numerator; every answer must say ok, and afterwards the row and
// one audit event per save must be in the database.
import type { AutocannonRequest } from "autocannon";
import type { Db } from "../../lib/db/client";
import { parseIsoDay } from "../../lib/measures/periods";

export type SaveTarget = { teamId: string; measureId: string; period: string; denominator: number };

export type SaveRequest = {
  request: AutocannonRequest;
  /** Answers that were not 200 with "ok":true, and the first such body. */
  failures: () => { count: number; first: string | null };
  oks: () => number;
  /** Throws unless the database holds what the saves wrote. */
  verify: (db: Db) => Promise<string>;
};

/**
 * `inFlightAllowance`: saves the server may finish after autocannon stopped listening (at the end of
 * the warm-up and of the run, at most one per connection each), which write but are not counted.
 */
export function saveRequest(baseUrl: string, actionId: string, cookie: string, target: SaveTarget, inFlightAllowance: number): SaveRequest {
  const tag = `bench ${Date.now().toString(36)}`;
  const startedAt = new Date();
  const sent = new Set<number>();
  let sequence = 0;
  let oks = 0;
  let failures = 0;
  let firstFailure: string | null = null;
  const bodyFor = (numerator: number) =>
    JSON.stringify([{ teamId: target.teamId, cells: [{ measureId: target.measureId, period: target.period, numerator, denominator: target.denominator, note: tag }] }]);

  const request: AutocannonRequest = {
    method: "POST",
    path: `/teams/${target.teamId}/data`,
    headers: {
      Cookie: cookie,
      "Next-Action": actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: baseUrl,
    },
    body: bodyFor(0),
    setupRequest: (current) => {
      const numerator = sequence++ % (target.denominator + 1);
      sent.add(numerator);
      return { ...current, body: bodyFor(numerator) };
    },
    onResponse: (status, body) => {
      if (status === 200 && body.includes('"ok":true')) oks++;
      else {
        failures++;
        firstFailure ??= `${status}: ${body.slice(0, 500)}`;
      }
    },
  };

  const verify = async (db: Db) => {
    const row = await db.measurement.findUnique({
      where: { measureId_teamId_periodStart: { measureId: target.measureId, teamId: target.teamId, periodStart: parseIsoDay(target.period) } },
    });
    if (!row) throw new Error("Save check: the saved measurement is not in the database.");
    if (row.note !== tag || !sent.has(row.numerator) || row.denominator !== target.denominator) {
      throw new Error(`Save check: the row holds ${row.numerator}/${row.denominator} "${row.note}", not one of the values sent with "${tag}".`);
    }
    const audits = await db.auditEvent.count({ where: { action: "measurement.saveBatch", entityId: target.teamId, createdAt: { gte: startedAt } } });
    if (audits < oks || audits > oks + inFlightAllowance) throw new Error(`Save check: ${oks} saves answered ok but ${audits} audit events were recorded.`);
    return `${oks} saves answered ok (${audits} audit events, the rest still in flight when the load stopped); the row holds ${row.numerator}/${row.denominator} "${row.note}"`;
  };

  return { request, failures: () => ({ count: failures, first: firstFailure }), oks: () => oks, verify };
}
