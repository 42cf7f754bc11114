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
    ///
    /// Tokens are matched character by character, as written, but only where the UTF-8 bytes
    /// hold `[^` or `{{`: the text between tokens is copied whole instead of one character
    /// at a time, which made loading long narratives slow.
    static func split(_ text: String, line: Int) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var textStart = text.startIndex   // start of the text not yet emitted
        var searchFrom = text.utf8.startIndex
        // Once a "{{" has no "}}" after it, no later one has either: stop searching (linear time).
        var closingLeft = true
        while let candidate = nextCandidate(in: text.utf8, from: searchFrom, braces: closingLeft) {
            searchFrom = text.utf8.index(after: candidate)
            // A candidate inside a character (after a prefix mark, say) is no token start.
            guard let i = String.Index(candidate, within: text) else { continue }
            let rest = text[i...]
            if rest.hasPrefix("[^"), let (n, end) = reference(in: rest) {
                if textStart < i { result.append(.text(String(text[textStart..<i]))) }
                result.append(.reference(n))
                textStart = end; searchFrom = end
                continue
            }
            if closingLeft && rest.hasPrefix("{{") {
                if let close = rest.firstRange(of: "}}") {
                    let inner = rest[rest.index(i, offsetBy: 2)..<close.lowerBound]
                    if textStart < i { result.append(.text(String(text[textStart..<i]))) }
                    result.append(.data(expression: normalize(inner), line: line))
                    textStart = close.upperBound; searchFrom = close.upperBound
                    continue
                }
                closingLeft = false
            }
        }
        if textStart < text.endIndex { result.append(.text(String(text[textStart...]))) }
        return result
    }

    /// The next byte position holding `[^` (or `{{` while `braces`), from `start` on.
    private static func nextCandidate(in utf8: String.UTF8View, from start: String.Index, braces: Bool) -> String.Index? {
        var i = start
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == UInt8(ascii: "[") || (braces && b == UInt8(ascii: "{")) {
                let j = utf8.index(after: i)
                if j < utf8.endIndex, utf8[j] == (b == UInt8(ascii: "[") ? UInt8(ascii: "^") : UInt8(ascii: "{")) { return i }
            }
            i = utf8.index(after: i)
        }
        return nil
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
