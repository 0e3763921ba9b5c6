/**
 * Pass-through root layout. `<html lang>` depends on the locale, so the document is rendered by
 * `[locale]/layout.tsx`; having a root above it lets `[locale]/not-found.tsx` render inside the
 * locale's layout (a root layout's own not-found boundary would not).
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children
}
