//! Typographic punctuation for prose: curly quotes and apostrophes, dashes, ellipses.

/// Turns typewriter punctuation into the printer's (cmark's "smart" rules, applied to every
/// piece of prose, including text bound from data and YAML that Markdown never sees).
public enum Typography {
    /// `text` with `"` and `'` curled, `---` as an em dash, `--` as an en dash and `...` as an
    /// ellipsis. `previous` is the character before the text (the end of the span before), which
    /// decides whether a quote at the very start opens or closes.
    public static func smarten(_ text: String, after previous: Character? = nil) -> String {
        guard text.contains(where: { $0 == "\"" || $0 == "'" || $0 == "-" || $0 == "." }) else { return text }
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var before = previous
        var i = 0
        var inMarkup = false
        func emit(_ c: Character) { out.append(c); before = c }
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            // Markup printed literally (`<span size="9">`) keeps its straight quotes.
            if c == "<", let next, next.isLetter || next == "/" { inMarkup = true }
            if inMarkup {
                if c == ">" { inMarkup = false }
                emit(c); i += 1
                continue
            }
            switch c {
            case "-" where next == "-":
                if i + 2 < chars.count, chars[i + 2] == "-" { emit("\u{2014}"); i += 3 } else { emit("\u{2013}"); i += 2 }
                continue
            case "." where next == "." && i + 2 < chars.count && chars[i + 2] == ".":
                emit("\u{2026}"); i += 3
                continue
            case "'":
                // An apostrophe inside or after a word ("city's", "cities'") or before a year
                // ("'90s") is a right single quote; an opening quote follows a space or an opening.
                let year = next?.isNumber == true && i + 2 < chars.count && chars[i + 2].isNumber
                emit(opens(after: before) && !year ? "\u{2018}" : "\u{2019}")
            case "\"":
                emit(opens(after: before) ? "\u{201C}" : "\u{201D}")
            default:
                emit(c)
            }
            i += 1
        }
        return out
    }

    /// True when a quote after `c` opens: at the start, after white space, or after an
    /// opening bracket, dash or another opening quote.
    private static func opens(after c: Character?) -> Bool {
        guard let c else { return true }
        return c.isWhitespace || "([{\u{2018}\u{201C}\u{2013}\u{2014}/".contains(c)
    }
}
