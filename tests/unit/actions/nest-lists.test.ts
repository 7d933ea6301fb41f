import { describe, expect, it } from "vitest";
import { nestListFields } from "@/lib/actions/nest-lists";

describe("nestListFields", () => {
  it("nests the named lists' flat fields by position and keeps every other field", () => {
    expect(nestListFields({ teamId: "t1", "cells.1.numerator": "7", "cells.0.numerator": "3", "cells.0.note": "x", "other.0.a": "kept" }, ["cells"], 10)).toEqual({
      teamId: "t1",
      "other.0.a": "kept",
      cells: [{ numerator: "3", note: "x" }, { numerator: "7" }],
    });
  });

  it("fills a gap with an empty item, so its position stays the input's", () => {
    expect(nestListFields({ "agenda.2.time": "10:00" }, ["agenda"], 10)).toEqual({ agenda: [{}, {}, { time: "10:00" }] });
  });

  it("drops positions from maxItems on, so a crafted index builds no huge array", () => {
    const nested = nestListFields({ "cells.0.numerator": "1", "cells.999999999.numerator": "2" }, ["cells"], 5) as { cells: unknown[] };
    expect(nested.cells).toHaveLength(1);
  });

  it("leaves names that are not list.index.field alone", () => {
    expect(nestListFields({ "cells.x.numerator": "1", "cells.0.a.b": "2", "cells.-1.a": "3" }, ["cells"], 5)).toEqual({ "cells.x.numerator": "1", "cells.0.a.b": "2", "cells.-1.a": "3" });
  });

  it("keeps a list a direct call already holds, and passes anything that is not an object", () => {
    expect(nestListFields({ cells: [{ numerator: 1 }], "cells.0.numerator": "9" }, ["cells"], 5)).toEqual({ cells: [{ numerator: 1 }] });
    expect(nestListFields(["a"], ["cells"], 5)).toEqual(["a"]);
    expect(nestListFields(null, ["cells"], 5)).toBeNull();
  });

  it("maps values through valueOf", () => {
    expect(nestListFields({ "results.0.held": "yes" }, ["results"], 5, (field, value) => (field === "held" ? value === "yes" : value))).toEqual({ results: [{ held: true }] });
  });
});
