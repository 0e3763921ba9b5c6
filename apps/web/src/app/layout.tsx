/**
 * Pass-through root layout. `<html lang>` depends on the locale, so the document is rendered by
 * `[locale]/layout.tsx`; `not-found.tsx` next to this file renders its own document.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children
}
