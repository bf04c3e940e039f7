// The framework floor: the smallest App Router page, built in the same bench run as the product
// so "first-load JS ÷ bare page" compares like with like (same Next, React, build settings).
export const metadata = { title: "bare" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
