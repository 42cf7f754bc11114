//! Merges adjacent text runs and splits out Folio's two inline tokens: `[^N]` and `{{ … }}`.

/// An inline in the making: text keeps its line until tokens are split out.
enum InlinePiece {
    case text(String, line: Int)
    case inline(MarkdownInline)
}

/// cmark splits text at `[`, `!` and other special characters, so `[^12]` may arrive in
/// pieces. Merging adjacent text first makes the token scan see what the writer typed.
enum InlineTokenizer {
    static func finish(_ pieces: [InlinePiece]) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var pending = ""
        var pendingLine = 0
        func flush() {
            if !pending.isEmpty { result.append(contentsOf: split(pending, line: pendingLine)) }
            pending = ""
        }
        for piece in pieces {
            switch piece {
            case .text(let s, let line):
                if pending.isEmpty { pendingLine = line }
                pending += s
            case .inline(let inline):
                flush()
                result.append(inline)
            }
        }
        flush()
        return result
    }

    /// Splits one text run into text, `.reference` and `.data` values. Text that only looks
    /// like a token (`[^x]`, an unclosed `{{`) stays text; the loader reports it.
    static func split(_ text: String, line: Int) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var buffer = ""
        var i = text.startIndex
        // Once a "{{" has no "}}" after it, no later one has either: stop searching (linear time).
        var closingLeft = true
        while i < text.endIndex {
            let rest = text[i...]
            if rest.hasPrefix("[^"), let (n, end) = reference(in: rest) {
                if !buffer.isEmpty { result.append(.text(buffer)); buffer = "" }
                result.append(.reference(n))
                i = end
                continue
            }
            if closingLeft && rest.hasPrefix("{{") {
                if let close = rest.firstRange(of: "}}") {
                    let inner = rest[rest.index(i, offsetBy: 2)..<close.lowerBound]
                    if !buffer.isEmpty { result.append(.text(buffer)); buffer = "" }
                    result.append(.data(expression: normalize(inner), line: line))
                    i = close.upperBound
                    continue
                }
                closingLeft = false
            }
            buffer.append(text[i])
            i = text.index(after: i)
        }
        if !buffer.isEmpty { result.append(.text(buffer)) }
        return result
    }

    /// `[^digits]` at the start of `s`: the number and the index after `]`.
    private static func reference(in s: Substring) -> (Int, String.Index)? {
        var j = s.index(s.startIndex, offsetBy: 2)
        var digits = ""
        while j < s.endIndex, s[j].isASCII, s[j].isNumber, digits.count <= 6 {
            digits.append(s[j])
            j = s.index(after: j)
        }
        guard !digits.isEmpty, digits.count <= 6, j < s.endIndex, s[j] == "]", let n = Int(digits) else { return nil }
        return (n, s.index(after: j))
    }

    /// Trims and collapses whitespace so `{{ top  5 x }}` reads `top 5 x`.
    private static func normalize(_ s: Substring) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
