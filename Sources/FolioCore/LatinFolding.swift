//! Latin text without diacritics (`Zürich` → `zurich`), for slugs and for matching names.

import Foundation

public enum LatinFolding {
    /// Lower case with diacritics removed: compatibility decomposition (so `ﬁ` → `fi`, `²` → `2`)
    /// splits `ü` into `u` and a combining mark, the marks are dropped, and the Latin letters
    /// that carry no separable mark (`ł`, `ø`, `đ`, `ß`, `æ`…) are spelled out from a table.
    /// Letters of other scripts pass through unchanged.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if let spelled = unseparable[scalar] { out.append(contentsOf: spelled.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// Latin letters whose base letter is part of the glyph rather than a combining mark,
    /// with the ASCII spelling a reader would use (German ß → ss, Danish æ → ae).
    static let unseparable: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŧ": "t", "ŀ": "l", "ƚ": "l",
        "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ŋ": "n", "ĸ": "k", "ƀ": "b", "ɨ": "i", "ʉ": "u",
    ]
}
