//! Breaking chart titles and labels into lines that fit a width, or shortening them with "…".

/// Greedy line breaking and truncation measured with the chart's real font.
extension ChartCanvas {
    /// Lines of at most `width` points, broken at spaces; a word wider than the width breaks
    /// after its hyphens, then between characters (Chinese names have no spaces).
    /// `maxLines` shortens the last line with an ellipsis.
    func wrap(_ text: String, _ font: ChartFont, width: Double, maxLines: Int = .max) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return [] }
        var lines: [String] = []
        var current = ""
        for word in words {
            let candidate = current.isEmpty ? word : current + " " + word
            if self.width(candidate, font) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current); current = "" }
            if self.width(word, font) <= width {
                current = word
                continue
            }
            // Too wide alone: break after its hyphens, and between characters if still too wide.
            for piece in Self.hyphenPieces(word) {
                let joined = current + piece
                if current.isEmpty || self.width(joined, font) > width {
                    if !current.isEmpty { lines.append(current) }
                    var pieces = self.width(piece, font) <= width ? [piece] : breakCharacters(piece, font, width: width)
                    current = pieces.removeLast()
                    lines += pieces
                } else {
                    current = joined
                }
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            let kept = Array(lines.prefix(maxLines - 1))
            // Re-join what is left (hyphen breaks rejoin without a space) and shorten it.
            let rest = lines.dropFirst(maxLines - 1).reduce("") { acc, line in
                acc.isEmpty ? line : acc + (acc.hasSuffix("-") ? "" : " ") + line
            }
            return kept + [truncate(rest, font, width: width)]
        }
        return lines
    }

    /// The text, shortened with a trailing "…" when it is wider than `width`.
    func truncate(_ text: String, _ font: ChartFont, width: Double) -> String {
        if self.width(text, font) <= width { return text }
        var chars = Array(text)
        while !chars.isEmpty {
            chars.removeLast()
            while chars.last == " " { chars.removeLast() }
            let candidate = String(chars) + "…"
            if self.width(candidate, font) <= width { return candidate }
        }
        return "…"
    }

    /// The widest unbreakable piece, the least width wrapping can reach without breaking
    /// inside a word (hyphenated words may break after their hyphens).
    func longestWord(_ text: String, _ font: ChartFont) -> Double {
        text.split(separator: " ").flatMap { Self.hyphenPieces(String($0)) }.map { self.width($0, font) }.max() ?? 0
    }

    /// A word cut after each inner hyphen: "Digital-intelligence" → "Digital-", "intelligence".
    static func hyphenPieces(_ word: String) -> [String] {
        var out: [String] = []
        var piece = ""
        let chars = Array(word)
        for (i, ch) in chars.enumerated() {
            piece.append(ch)
            if ch == "-" && i > 0 && i < chars.count - 1 { out.append(piece); piece = "" }
        }
        if !piece.isEmpty { out.append(piece) }
        return out
    }

    private func breakCharacters(_ word: String, _ font: ChartFont, width: Double) -> [String] {
        var pieces: [String] = []
        var current = ""
        for ch in word {
            let candidate = current + String(ch)
            if !current.isEmpty && self.width(candidate, font) > width {
                pieces.append(current)
                current = String(ch)
            } else {
                current = candidate
            }
        }
        pieces.append(current)
        return pieces
    }
}
