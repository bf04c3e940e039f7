/**
 * Formatting is Prettier's job, not the reviewer's: `npm run lint` checks it, `npm run format`
 * writes it. Class order comes from prettier-plugin-tailwindcss (it must be the last plugin), also
 * inside cn() and cva(); imports are grouped and sorted by @ianvs/prettier-plugin-sort-imports.
 * The width matches the code as it was written (long JSX lines read better than wrapped ones).
 */
const config = {
  printWidth: 130,
  plugins: ["@ianvs/prettier-plugin-sort-imports", "prettier-plugin-tailwindcss"],
  importOrder: ["<BUILTIN_MODULES>", "<THIRD_PARTY_MODULES>", "", "^@/(.*)$", "", "^[.]"],
  importOrderTypeScriptVersion: "6.0.3",
  tailwindStylesheet: "./app/globals.css",
  tailwindFunctions: ["cn", "cva"],
};

export default config;
