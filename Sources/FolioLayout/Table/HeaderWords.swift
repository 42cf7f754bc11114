//! Table header text broken only between words: a header's words, its widest word, and the
//! lines the words fill in a column, balanced so that a two-line header has two even lines.

import FolioDocument

/// What a table does with a header whose widest word cannot get its width from any column
/// plan (the table style's `headerFallback`, chosen by the designer in the layout file).
public enum HeaderFallback: String, Sendable, CaseIterable {
    /// The header prints as a letter (A, B, …) and a key under the table spells it out.
    case key
    /// The header is set on one line turned to read upwards; the header row grows to hold it.
    case rotate
}

/// The words of one header cell, measured in the header's style.
struct HeaderWords {
    /// The header's text as one string, its words separated by single spaces.
    let text: String
    let words: [String]

    /// Nil for content that is not plain text (links, marks): such headers are left to Pango.
    init?(_ content: [Inline]) {
        var plain = ""
        for item in content {
            guard case .text(let s) = item else { return nil }
            plain += s
        }
        words = Self.words(plain)
        text = words.joined(separator: " ")
        guard !words.isEmpty else { return nil }
    }

    /// Text split at the spaces a line may break at; no-break spaces (U+00A0, U+202F, U+2007)
    /// stay inside their word.
    static func words(_ text: String) -> [String] {
        text.split { $0.isWhitespace && !noBreakSpaces.contains($0) }.map(String.init)
    }

    static let noBreakSpaces: Set<Character> = ["\u{00A0}", "\u{202F}", "\u{2007}"]

    /// The width of the widest word; a column narrower than this splits the word.
    func widestWord(_ measure: (String) -> Double) -> Double {
        words.map(measure).max() ?? 0
    }

    /// The words as lines no wider than `width` (measured whole, so kerning and spaces count),
    /// breaking only at spaces: as few lines as greedy filling gives, then evened out by
    /// setting the narrowest width that still gives that many lines. Nil when a word alone is
    /// wider than `width`.
    func lines(width: Double, _ measure: (String) -> Double) -> [String]? {
        guard let greedy = Self.fill(words, width: width, measure) else { return nil }
        guard greedy.count > 1 else { return greedy }
        var low = widestWord(measure), high = width, best = greedy
        // The line count is monotone in the width: search the narrowest width keeping it.
        for _ in 0..<12 where high - low > 0.25 {
            let mid = (low + high) / 2
            if let trial = Self.fill(words, width: mid, measure), trial.count == greedy.count {
                best = trial; high = mid
            } else {
                low = mid
            }
        }
        return best
    }

    /// Greedy filling: each line takes words while the line's measured width stays within `width`.
    static func fill(_ words: [String], width: Double, _ measure: (String) -> Double) -> [String]? {
        var lines: [String] = []
        var current = ""
        for word in words {
            guard measure(word) <= width else { return nil }
            let candidate = current.isEmpty ? word : current + " " + word
            if current.isEmpty || measure(candidate) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

/// Names for headers replaced under the `key` fallback: A…Z, then AA, AB, ….
enum HeaderKeyLabel {
    static func label(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < letters.count ? String(letters[index])
            : String(letters[index / letters.count - 1]) + String(letters[index % letters.count])
    }
}
