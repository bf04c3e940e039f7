/** For component tests (not shipped): captures the files the export buttons download. */
import { vi } from "vitest";

type CapturedFile = { name: string; blob: Blob };

/** Spies on object URLs and anchor clicks; returns the list that fills as files are downloaded. Restore with vi.restoreAllMocks(). */
export function captureDownloads(): CapturedFile[] {
  const files: CapturedFile[] = [];
  let last: Blob | null = null;
  vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
    last = b as Blob;
    return "blob:test";
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: last! });
  });
  return files;
}
