/// A self-contained HTML page as every page the Kit writes (reports, handouts) is: a
/// strict Content-Security-Policy that allows no script, nothing fetched and only the
/// page's own style, no referrer, and a viewport for phones. Declared once, so a new
/// page cannot forget a header.
enum HTMLDocument {
    /// The page with `title` (already escaped), `style` and `body` (already HTML).
    static func page(language: String, title: String, style: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(HTMLText.escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="referrer" content="no-referrer">
        <title>\(title)</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
