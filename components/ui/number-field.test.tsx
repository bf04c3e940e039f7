// @vitest-environment happy-dom
import { act, useState } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

import { NumberField } from "./number-field";

function Field({ onText }: { onText: (text: string) => void }) {
  const [value, setValue] = useState("1,000,000");
  return (
    <NumberField
      id="in"
      label="Input tokens per day"
      value={value}
      onChange={(text) => {
        onText(text);
        setValue(text);
      }}
    />
  );
}

/** The server's HTML in the page, then (optionally) typing into it, then hydration. */
async function hydrate(typeBeforeHydration?: string) {
  const container = document.createElement("div");
  document.body.append(container);
  const onText = vi.fn();
  container.innerHTML = renderToString(<Field onText={() => {}} />);
  const box = container.querySelector("input")!;
  if (typeBeforeHydration !== undefined) box.value = typeBeforeHydration;
  await act(async () => {
    hydrateRoot(container, <Field onText={onText} />);
  });
  return { box, onText };
}

describe("NumberField", () => {
  it("takes text typed into the server's HTML before hydration, instead of silently keeping the old value", async () => {
    const { box, onText } = await hydrate("2000000");
    expect(onText).toHaveBeenCalledTimes(1);
    expect(onText).toHaveBeenCalledWith("2000000");
    expect(box.value).toBe("2000000");
  });

  it("reports nothing when the box still shows the server's value", async () => {
    const { box, onText } = await hydrate();
    expect(onText).not.toHaveBeenCalled();
    expect(box.value).toBe("1,000,000");
  });
});
