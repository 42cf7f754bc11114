//! Rich text inside blocks: emphasis, links, footnote marks, code — semantic, not styled.

import FolioPage

/// A piece of inline content. Layout maps each kind to a style from the theme.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case code(String)
    case link([Inline], LinkTarget)
    /// A numbered reference mark, drawn as a superscript linked to `destination`.
    case footnoteMark(Int, destination: String)
    case superscript([Inline])
    /// Text in a named style of the theme (e.g. "muted", "tabular").
    case styled(String, [Inline])
    case lineBreak
    /// The page label where the named destination lands ("see page 12"), linked to it;
    /// resolved by layout, which repeats its pass until such numbers settle.
    case pageReference(String)

    /// The plain text, for the TOC, outline, alt text and tests.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .emphasis(let c), .strong(let c), .superscript(let c), .link(let c, _), .styled(_, let c):
            return c.map(\.plainText).joined()
        case .footnoteMark(let n, _): return String(n)
        case .lineBreak: return "\n"
        case .pageReference: return "?"
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String { map(\.plainText).joined() }
}

extension Inline {
    /// True when the content cites a page number that layout has to fill in.
    public var containsPageReference: Bool {
        switch self {
        case .pageReference: return true
        case .emphasis(let c), .strong(let c), .superscript(let c), .link(let c, _), .styled(_, let c):
            return c.contains { $0.containsPageReference }
        case .text, .code, .footnoteMark, .lineBreak: return false
        }
    }
}
