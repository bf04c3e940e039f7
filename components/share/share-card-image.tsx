/**
 * The share preview image (1200×630) of any view, drawn by next/og (Satori): flexbox and inline
 * styles only. Every string arrives through `safeCard`, so only glyphs of the bundled fonts are
 * drawn (no fallback font is ever fetched).
 */
import type { ShareCard, ShareCardColumn } from "@/lib/share/card";

const C = {
  ink: "#18181b",
  muted: "#52525b",
  faint: "#a1a1aa",
  line: "#e4e4e7",
  brand: "#0369a1",
  good: "#047857",
  goodBg: "#ecfdf5",
  warn: "#92400e",
  warnBg: "#fffbeb",
  bad: "#b91c1c",
  badBg: "#fef2f2",
  neutralBg: "#f4f4f5",
};

const TONES: Record<NonNullable<ShareCardColumn["badgeTone"]>, { color: string; background: string }> = {
  good: { color: C.good, background: C.goodBg },
  warn: { color: C.warn, background: C.warnBg },
  bad: { color: C.bad, background: C.badBg },
  neutral: { color: C.muted, background: C.neutralBg },
};

export function ShareCardImage({ card }: { card: ShareCard }) {
  const dense = Boolean(card.table || card.lines);
  // Four long snapshot IDs make a two-line title: give the table the room.
  const titleSize = dense ? (card.title.length > 48 ? 38 : 44) : 64;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#ffffff",
        color: C.ink,
        fontFamily: "Geist",
        borderTop: `12px solid ${C.brand}`,
        padding: "40px 64px 36px",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}>
        <div style={{ display: "flex", alignItems: "center", fontSize: 26, fontWeight: 700, color: C.muted }}>
          <svg width="40" height="40" viewBox="0 0 32 32" style={{ marginRight: 14 }}>
            <rect width="32" height="32" rx="7" fill={C.brand} />
            <path
              d="M9 22V10l7 8 7-8v12"
              fill="none"
              stroke="#fff"
              strokeWidth="3"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          Small Model Navigator
        </div>
        <div
          style={{
            display: "flex",
            fontSize: 22,
            fontWeight: 700,
            color: C.brand,
            border: `2px solid ${C.brand}`,
            borderRadius: 999,
            padding: "4px 18px",
            textTransform: "uppercase",
            letterSpacing: 2,
          }}
        >
          {card.eyebrow}
        </div>
      </div>

      <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, marginTop: dense ? 24 : 80 }}>
        {card.title}
      </div>
      {card.subtitle ? (
        <div style={{ display: "flex", fontSize: dense ? 24 : 32, color: C.muted, marginTop: 12, lineHeight: 1.3 }}>
          {card.subtitle}
        </div>
      ) : null}

      {card.table ? <CardTable table={card.table} /> : null}
      {card.bars ? <CardBars bars={card.bars} /> : null}
      {card.lines ? (
        <div style={{ display: "flex", flexDirection: "column", marginTop: 22 }}>
          {card.lines.map((l, i) => (
            <div
              key={i}
              style={{
                display: "flex",
                justifyContent: "space-between",
                fontSize: 26,
                padding: "8px 0",
                borderBottom: `1px solid ${C.line}`,
              }}
            >
              <span style={{ fontWeight: 700 }}>{l.label}</span>
              <span style={{ color: C.muted }}>{l.value}</span>
            </div>
          ))}
        </div>
      ) : null}

      <div style={{ display: "flex", marginTop: "auto", fontSize: 20, color: C.faint }}>{card.footer}</div>
    </div>
  );
}

/** Horizontal bars, longest first as given; a bar's width is its share of `max`. */
function CardBars({ bars }: { bars: NonNullable<ShareCard["bars"]> }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", marginTop: 20 }}>
      <div style={{ display: "flex", fontSize: 20, color: C.muted, marginBottom: 8 }}>{bars.caption}</div>
      {bars.items.map((b, i) => (
        <div key={i} style={{ display: "flex", alignItems: "center", padding: "5px 0" }}>
          <div style={{ display: "flex", width: 260, fontSize: 24, fontWeight: 700 }}>{b.label}</div>
          <div style={{ display: "flex", flex: 1, alignItems: "center" }}>
            <div
              style={{
                display: "flex",
                height: 26,
                borderRadius: 4,
                background: C.brand,
                width: `${Math.max(1, Math.min(100, (b.value / (bars.max || 1)) * 100)) * 0.8}%`,
              }}
            />
            <span style={{ display: "flex", fontSize: 24, marginLeft: 12 }}>{b.display}</span>
          </div>
        </div>
      ))}
    </div>
  );
}

function CardTable({ table }: { table: NonNullable<ShareCard["table"]> }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", marginTop: 20 }}>
      <div style={{ display: "flex", borderBottom: `2px solid ${C.line}`, paddingBottom: 10 }}>
        <div style={{ display: "flex", width: 190 }} />
        {table.columns.map((c, i) => (
          <div key={i} style={{ display: "flex", flexDirection: "column", flex: 1, paddingRight: 12 }}>
            <span style={{ fontSize: 24, fontWeight: 700 }}>{c.heading}</span>
            {c.badge ? (
              <span
                style={{
                  display: "flex",
                  alignSelf: "flex-start",
                  fontSize: 16,
                  fontWeight: 700,
                  borderRadius: 999,
                  padding: "2px 10px",
                  marginTop: 6,
                  ...TONES[c.badgeTone ?? "neutral"],
                }}
              >
                {c.badge}
              </span>
            ) : null}
          </div>
        ))}
      </div>
      {table.rows.map((r, ri) => (
        <div key={ri} style={{ display: "flex", alignItems: "center", borderBottom: `1px solid ${C.line}`, padding: "7px 0" }}>
          <div style={{ display: "flex", width: 190, fontSize: 22, color: C.muted }}>{r.label}</div>
          {r.values.map((v, i) => {
            const best = r.best?.[i] ?? false;
            return (
              <div
                key={i}
                style={{
                  display: "flex",
                  alignItems: "center",
                  flex: 1,
                  paddingRight: 12,
                  fontSize: 27,
                  fontWeight: best ? 700 : 400,
                  color: best ? C.good : C.ink,
                }}
              >
                {v}
                {best ? (
                  <span
                    style={{
                      display: "flex",
                      fontSize: 15,
                      fontWeight: 700,
                      color: C.good,
                      background: C.goodBg,
                      borderRadius: 6,
                      padding: "1px 7px",
                      marginLeft: 8,
                    }}
                  >
                    BEST
                  </span>
                ) : null}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
