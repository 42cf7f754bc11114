//! No-break spaces that keep a currency or unit on the line of its number ("RMB 472.34 billion").

import FolioModel

/// Ties amounts together before layout breaks lines: the space after a currency that precedes
/// a number, the space between a number and the unit after it, and the spaces inside a
/// multi-word unit ("per cent") become no-break spaces (U+00A0). Which words are currencies
/// and units is the edition's data (`EditorialStyle`), not code.
struct UnitSpacing: Sendable {
    static let noBreakSpace: Character = "\u{00A0}"
    private let currencies: Set<String>
    /// Units as word lists, longest first, so "percentage points" wins over "percentage point".
    private let units: [[String]]

    init(style: EditorialStyle) {
        currencies = Set(style.currencies)
        units = style.units.map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.joined().count > $1.joined().count }
    }

    func apply(_ text: String) -> String {
        // Byte tests first: most texts hold no figure, and walking characters costs more. (A
        // search for each currency and unit word here cost more than the walk it saved.)
        guard text.utf8.contains(where: { $0 &- 0x30 < 10 }), text.utf8.contains(0x20) else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return text }
        // joiners[k] is what follows words[k]: a space, or a no-break space once tied.
        var joiners = [Character](repeating: " ", count: words.count - 1)
        var tied = false
        for k in 0..<(words.count - 1) {
            // Only a word with a figure in it, or one before such a word, can be tied.
            // (A tie needs an ASCII digit: in this word, or opening the next after at most a sign.)
            guard words[k].utf8.contains(where: { $0 &- 0x30 < 10 }) || Self.isDigit(words[k + 1].first)
                    || Self.isDigit(words[k + 1].dropFirst().first) else { continue }
            let left = Self.core(words[k]), right = words[k + 1]
            if Self.startsNumber(right), currencies.contains(left.trailingTrimmed) {
                joiners[k] = Self.noBreakSpace
                tied = true
            }
            guard Self.isNumber(left) else { continue }
            if let unit = units.first(where: { matches($0, at: k + 1, in: words) }) {
                for j in k..<(k + unit.count) { joiners[j] = Self.noBreakSpace }
                tied = true
            }
        }
        guard tied else { return text }
        var out = String(words[0])
        for k in 0..<joiners.count { out.append(joiners[k]); out += words[k + 1] }
        return out
    }

    private static func isDigit(_ c: Character?) -> Bool { c?.asciiValue.map { $0 &- 0x30 < 10 } ?? false }

    /// True when the words from `start` spell `unit`; the last may carry closing punctuation.
    private func matches(_ unit: [String], at start: Int, in words: [Substring]) -> Bool {
        guard start + unit.count <= words.count else { return false }
        for (i, part) in unit.enumerated() {
            let word = words[start + i]
            let isLast = i == unit.count - 1
            if isLast ? word.trailingTrimmed != part : word != part { return false }
        }
        return true
    }

    /// The word without opening punctuation ("(RMB" → "RMB").
    private static func core(_ word: Substring) -> Substring {
        word.drop { "([{\u{201C}\u{2018}\"'".contains($0) }
    }

    /// A figure as prose writes it: optional sign, digits with separators, ending in a digit.
    static func isNumber(_ word: Substring) -> Bool {
        var body = word
        if let first = body.first, "-+\u{2212}~".contains(first) { body = body.dropFirst() }
        guard let last = body.last, last.isASCII && last.isNumber, body.first?.isNumber == true else { return false }
        return body.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." }
    }

    /// True when the word opens with a figure ("472.34", "1,000", "−5").
    static func startsNumber(_ word: Substring) -> Bool {
        var body = word
        if let first = body.first, "-+\u{2212}".contains(first) { body = body.dropFirst() }
        return body.first.map { $0.isASCII && $0.isNumber } ?? false
    }
}

extension Substring {
    /// Without closing punctuation ("billion," → "billion").
    var trailingTrimmed: String {
        var s = self
        while let last = s.last, ".,;:!?)]}\u{201D}\u{2019}\"'".contains(last) { s = s.dropLast() }
        return String(s)
    }
}
