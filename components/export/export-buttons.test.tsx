// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { captureDownloads } from "./downloads.test-helpers";
import { ExportButtons } from "./export-buttons";

afterEach(() => vi.restoreAllMocks());

describe("ExportButtons", () => {
  it("downloads the table it is given, as CSV and as JSON, and says how many rows", async () => {
    const files = captureDownloads();
    const build = vi.fn(() => ({
      columns: [
        { key: "id", label: "Model ID" },
        { key: "p", label: "Input price", unit: "USD per 1M tokens" },
      ],
      rows: [
        { id: "a", p: 0.2 },
        { id: "b", p: null },
      ],
    }));
    render(<ExportButtons view="catalog" link="/?q=a" dataVerifiedOn="2026-11-25" build={build} />);

    fireEvent.click(screen.getByRole("button", { name: "Download CSV" }));
    expect(files.map((f) => f.name)).toEqual(["catalog-2026-11-25.csv"]);
    expect(await files[0]!.blob.text()).toBe(
      "\uFEFFModel ID,Input price (USD per 1M tokens),Not published\r\na,0.2,\r\nb,,Input price\r\n",
    );
    expect(screen.getByRole("status")).toHaveTextContent("Downloaded 2 rows as CSV");

    fireEvent.click(screen.getByRole("button", { name: "Download JSON" }));
    expect(files[1]!.name).toBe("catalog-2026-11-25.json");
    const json = JSON.parse(await files[1]!.blob.text());
    expect(json).toMatchObject({
      view: "catalog",
      link: "/?q=a",
      dataVerifiedOn: "2026-11-25",
      rows: [
        { id: "a", p: 0.2 },
        { id: "b", p: null },
      ],
    });
    expect(build).toHaveBeenCalledTimes(2); // built at click time: always the current view
  });

  it("names the buttons after what they export when a page has several, and uses the given file name and title", async () => {
    const files = captureDownloads();
    const build = () => ({ columns: [{ key: "id", label: "Model ID" }], rows: [{ id: "a" }] });
    render(
      <>
        <ExportButtons
          view="charts"
          link="/charts"
          subject="prices"
          file="charts-prices-flex"
          title="Prices: Flex tier"
          build={build}
        />
        <ExportButtons view="charts" link="/charts" subject="context windows" file="charts-context" build={build} />
      </>,
    );
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual([
      "Download CSV of prices",
      "Download JSON of prices",
      "Download CSV of context windows",
      "Download JSON of context windows",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Download JSON of prices" }));
    expect(files.map((f) => f.name)).toEqual(["charts-prices-flex.json"]);
    expect(JSON.parse(await files[0]!.blob.text())).toMatchObject({
      view: "charts",
      title: "Prices: Flex tier",
      rows: [{ id: "a" }],
    });
    expect(screen.getByRole("group", { name: "Export prices" })).toHaveTextContent("Downloaded 1 row as JSON");
    expect(screen.getByRole("group", { name: "Export context windows" })).not.toHaveTextContent("Downloaded");
  });
});
