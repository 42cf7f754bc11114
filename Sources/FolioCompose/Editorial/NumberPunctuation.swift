//! Ranges with en dashes (2020–2025, 3–5) and true minus signs (−5%) in printed text.

/// The printer's punctuation of figures. A hyphen between two figures is a range and becomes
/// an en dash; a hyphen that opens a figure after a space is a minus sign (U+2212). Hyphens in
/// words and codes are left alone: "COVID-19", "end-2024", "24-hour", a date "2025-01-03".
enum NumberPunctuation {
    static let enDash: Character = "\u{2013}"
    static let minus: Character = "\u{2212}"

    static func apply(_ text: String) -> String {
        // Only a hyphen with a digit after it changes: most texts have none.
        guard hasHyphenBeforeDigit(text) else { return text }
        let chars = Array(text)
        var out = chars
        var changed = false
        var i = 0
        while i < chars.count {
            defer { i += 1 }
            guard chars[i] == "-" else { continue }
            let after = i + 1 < chars.count ? chars[i + 1] : nil
            guard let after, isDigit(after) else { continue }
            let before: Character? = i > 0 ? chars[i - 1] : nil
            if let before, isDigit(before) {
                // A range: the figures on both sides stand alone (no letter or hyphen glued on).
                var start = i - 1
                while start > 0, isFigurePart(chars[start - 1]) { start -= 1 }
                var end = i + 1
                while end < chars.count, isFigurePart(chars[end]) { end += 1 }
                let gluedBefore = start > 0 && (chars[start - 1].isLetter || chars[start - 1] == "-")
                let gluedAfter = end < chars.count && (chars[end].isLetter || chars[end] == "-")
                if !gluedBefore && !gluedAfter { out[i] = enDash; changed = true }
            } else if before == nil || before!.isWhitespace || "([".contains(before!) {
                out[i] = minus
                changed = true
            }
        }
        return changed ? String(out) : text
    }

    /// True when a "-" byte is followed by an ASCII digit byte (a digit character after a
    /// hyphen always is).
    private static func hasHyphenBeforeDigit(_ text: String) -> Bool {
        var afterHyphen = false
        for b in text.utf8 {
            if afterHyphen, b &- 0x30 < 10 { return true }
            afterHyphen = b == 0x2D
        }
        return false
    }

    private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    /// Digits and the separators inside a figure; a trailing "." or "," is punctuation.
    private static func isFigurePart(_ c: Character) -> Bool { isDigit(c) || c == "," || c == "." }
}
