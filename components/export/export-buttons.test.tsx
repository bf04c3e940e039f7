// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ExportButtons } from "./export-buttons";

afterEach(() => vi.restoreAllMocks());

describe("ExportButtons", () => {
  it("downloads the table it is given, as CSV and as JSON, and says how many rows", async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blobs.push(b as Blob);
      return "blob:test";
    });
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const build = vi.fn(() => ({ columns: [{ key: "id", label: "Model ID" }, { key: "p", label: "Input price", unit: "USD per 1M tokens" }], rows: [{ id: "a", p: 0.2 }, { id: "b", p: null }] }));
    render(<ExportButtons view="catalog" link="/?q=a" dataVerifiedOn="2026-11-25" build={build} />);

    fireEvent.click(screen.getByRole("button", { name: "Download CSV" }));
    expect(names).toEqual(["catalog-2026-11-25.csv"]);
    expect(await blobs[0]!.text()).toBe("\uFEFFModel ID,Input price (USD per 1M tokens)\r\na,0.2\r\nb,not published\r\n");
    expect(screen.getByRole("status")).toHaveTextContent("Downloaded 2 rows as CSV");

    fireEvent.click(screen.getByRole("button", { name: "Download JSON" }));
    expect(names[1]).toBe("catalog-2026-11-25.json");
    const json = JSON.parse(await blobs[1]!.text());
    expect(json).toMatchObject({ view: "catalog", link: "/?q=a", dataVerifiedOn: "2026-11-25", rows: [{ id: "a", p: 0.2 }, { id: "b", p: null }] });
    expect(build).toHaveBeenCalledTimes(2); // built at click time: always the current view
  });
});
