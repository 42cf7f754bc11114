//! Slugs: stable ASCII identifiers derived from display names in any Latin-script language.

import FolioCore

public enum Slug {
    /// Lower case ASCII: letters folded to their base letter (`Zürich` → `zurich`, `Łódź` →
    /// `lodz`, `Straße` → `strasse`), apostrophes and middle dots removed, every run of other characters
    /// replaced by one hyphen, no leading or trailing hyphen: `Xi'an` → `xian`,
    /// `São Paulo` → `sao-paulo`. Letters of other scripts (北京) are kept as they are; see
    /// `isFoldable`.
    public static func make(_ name: String) -> String {
        var out = ""
        var pendingHyphen = false
        for ch in fold(name) {
            if silent.contains(ch) { continue }
            if ch.isLetter || ch.isNumber {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(ch)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }

    /// Apostrophes (straight, typographic, modifier letter) and the Catalan middle dot
    /// (`Paral·lel`) sit inside words, so they vanish instead of splitting the word.
    static let silent: Set<Character> = ["'", "\u{2019}", "\u{02BC}", "\u{00B7}"]

    /// True when the name's slug is all ASCII, i.e. every letter folds to a Latin base letter.
    /// A name in another script has no derived slug to compare an editor's slug with.
    public static func isFoldable(_ name: String) -> Bool {
        make(name).unicodeScalars.allSatisfy(\.isASCII)
    }

    /// Lower case with diacritics removed (`LatinFolding`).
    public static func fold(_ text: String) -> String { LatinFolding.fold(text) }
}
