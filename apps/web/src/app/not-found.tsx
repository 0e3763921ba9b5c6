import '@/app/globals.css'

/** 404 for addresses outside any locale (the proxy sends most of those to a locale's 404 instead). */
export default function RootNotFound() {
  return (
    <html lang="nb-NO">
      <body>
        <main id="main" className="prose">
          <h1>Siden finnes ikke</h1>
          <p>
            <a href="/nb">Gå til forsiden</a>
          </p>
          <p lang="en-GB">
            Page not found. <a href="/en">Go to the English home page</a>
          </p>
        </main>
      </body>
    </html>
  )
}
