//! Inline Markdown content as Swift values: text runs, emphasis, links, footnote and data tokens.

/// One piece of inline content. Raw HTML arrives as `.html` and is literal text: Folio never
/// interprets markup, so `AT&T <b>not bold</b>` prints exactly as written.
public indirect enum MarkdownInline: Hashable, Sendable {
    case text(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case strikethrough([MarkdownInline])
    case code(String)
    case link(url: String, content: [MarkdownInline])
    /// An image reference; the loader decides whether the path is allowed. `title` is the
    /// quoted text after the path (`![alt](map.png "width=60%")`), empty when there is none.
    case image(source: String, alt: String, title: String, line: Int)
    case softBreak
    case lineBreak
    /// Raw inline HTML, kept verbatim and printed as text.
    case html(String)
    /// `[^N]`: a citation of reference N in `references.csv`.
    case reference(Int)
    /// `{{ … }}`: a data-bound expression (trimmed), resolved against the tables at build time.
    case data(expression: String, line: Int)
}

extension MarkdownInline {
    /// The visible text with every token shown as written, for titles, alt text and messages.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s), .html(let s): return s
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, let c): return c.plainText
        case .image(_, let alt, _, _): return alt
        case .softBreak: return " "
        case .lineBreak: return "\n"
        case .reference(let n): return "[^\(n)]"
        case .data(let e, _): return "{{\(e)}}"
        }
    }
}

extension Array where Element == MarkdownInline {
    /// The concatenated plain text of a run of inlines.
    public var plainText: String { map(\.plainText).joined() }
}
