//! Variable and dimension names in the edition's one case style, wherever they are printed.

import FolioModel

/// Prints the edition's variable and dimension names in one case style (`NameCase`): a name
/// standing alone (a table header, a chart label) and a name met in running text, whatever
/// case the author typed it in ("On Economic Aggregate Potential" reads "On economic aggregate
/// potential" in sentence case). Names are matched whole, ignoring case.
struct NameCasing: Sendable {
    let style: NameCase
    /// Every name as the data spells it, longest first (a longer name wins over one inside it).
    private let names: [[Character]]
    /// The names in lower case, and the indices of the names by their first (lower-case)
    /// character, so a word is compared only with the names it could start.
    private let lowered: [[Character]]
    private let byFirst: [Character: [Int]]
    /// The first three bytes of every name, lower-cased, for a quick test of a whole text;
    /// nil when a name is too short or not ASCII there, and every text must be read.
    private let prefixes: Set<UInt32>?

    init(style: NameCase, names: [String]) {
        self.style = style
        // Sorted by character count, counted once per name (String.count walks the string).
        let counted: [(name: String, characters: [Character])] = Set(names.filter { !$0.isEmpty }).map { ($0, Array($0)) }
        self.names = counted.sorted { (a, b) -> Bool in
            a.characters.count != b.characters.count ? a.characters.count > b.characters.count : a.name < b.name
        }.map(\.characters)
        lowered = self.names.map { $0.map(Self.lower) }
        var index: [Character: [Int]] = [:]
        for (k, name) in lowered.enumerated() { index[name[0], default: []].append(k) }
        byFirst = index
        var keys = Set<UInt32>()
        var complete = true
        for name in self.names {
            let bytes = Array(String(name).utf8.prefix(3))
            guard bytes.count == 3, bytes.allSatisfy({ $0 < 0x80 }) else { complete = false; break }
            keys.insert(Self.key(bytes[0], bytes[1], bytes[2]))
        }
        prefixes = complete ? keys : nil
    }

    private static func key(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt32 {
        func lower(_ x: UInt8) -> UInt32 { UInt32((0x41...0x5A).contains(x) ? x + 0x20 : x) }
        return lower(a) << 16 | lower(b) << 8 | lower(c)
    }

    /// False when no word of `text` starts like a name: most texts name nothing, and a scan of
    /// their bytes saves walking their characters.
    private func mayName(_ text: String) -> Bool {
        guard let prefixes else { return true }
        var copy = text
        return copy.withUTF8 { buf in
            guard buf.count >= 3 else { return false }
            var previousIsWord = false
            for i in 0..<(buf.count - 2) {
                let b = buf[i]
                let isWord = (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
                if isWord, !previousIsWord, prefixes.contains(Self.key(b, buf[i + 1], buf[i + 2])) { return true }
                previousIsWord = isWord
            }
            return false
        }
    }

    /// A character in lower case (ASCII without allocating; others when they stay one character).
    private static func lower(_ c: Character) -> Character {
        if let a = c.asciiValue { return (65...90).contains(a) ? Character(Unicode.Scalar(a + 32)) : c }
        let s = c.lowercased()
        return s.count == 1 ? s.first! : c
    }

    /// A name on its own: sentence case starts with a capital; title case capitalises its words.
    func label(_ name: String) -> String {
        style == .asWritten ? name : String(cased(Array(name), data: Array(name), sentenceStart: true))
    }

    /// Recases the names found in `text`; `previous` is the last significant character before
    /// it (`lastSignificant`), which decides whether a name at its very start opens a sentence.
    func apply(_ text: String, after previous: Character?) -> String {
        guard style != .asWritten, !names.isEmpty else { return text }
        guard mayName(text) else { return text }
        let chars = Array(text)
        // Filled from the first name found on; a text that names nothing is returned as it is.
        var out: [Character]?
        var i = 0
        while i < chars.count {
            let boundaryBefore = i == 0 || !Self.isWordCharacter(chars[i - 1])
            if boundaryBefore, let candidates = byFirst[Self.lower(chars[i])],
               let k = candidates.first(where: { matches(lowered[$0], at: i, in: chars) }) {
                if out == nil { out = Array(chars[..<i]); out!.reserveCapacity(chars.count) }
                let name = names[k]
                let found = Array(chars[i..<(i + name.count)])
                let start = Self.opensSentence(before: out!, previous: previous)
                // "International Technological Innovation Centre", a report's title: a name inside
                // a longer capitalised name is part of that proper noun and stays as written.
                let proper = Self.isCapitalised(found) && (Self.capitalisedWord(after: i + name.count, in: chars)
                                                            || (!start && Self.capitalisedWord(before: i, in: chars)))
                out! += proper ? found : cased(found, data: name, sentenceStart: start)
                i += name.count
                continue
            }
            out?.append(chars[i])
            i += 1
        }
        return out.map { String($0) } ?? text
    }

    /// Whether the lower-case `name` is spelled at `i`, ending at a word boundary.
    private func matches(_ name: [Character], at i: Int, in chars: [Character]) -> Bool {
        guard i + name.count <= chars.count else { return false }
        for k in 1..<name.count where Self.lower(chars[i + k]) != name[k] { return false }
        let end = i + name.count
        return end == chars.count || !Self.isWordCharacter(chars[end])
    }

    /// The name in the style; `data` is how the edition spells it (its acronyms and proper nouns).
    private func cased(_ found: [Character], data: [Character], sentenceStart: Bool) -> [Character] {
        let (words, separators) = Self.words(data)
        var out: [Character] = []
        for (k, word) in words.enumerated() {
            if k > 0 { out.append(separators[k - 1]) }   // the separator as the data has it
            let kept = Self.isAcronym(word) || (k > 0 && style == .sentence && word.first?.isUppercase == true)
            var w = kept ? word : word.map { Character($0.lowercased()) }
            let capital: Bool
            switch style {
            case .asWritten: return found
            case .sentence: capital = k == 0 && sentenceStart
            case .title: capital = k == 0 || !Self.minorWords.contains(String(w))
            }
            if capital, let first = w.first { w[0] = Character(first.uppercased()) }
            out += w
        }
        return out.count == found.count ? out : found
    }

    /// Words split at spaces and hyphens ("low-carbon" is two words in title case).
    private static func words(_ name: [Character]) -> (words: [[Character]], separators: [Character]) {
        var out: [[Character]] = [[]], separators: [Character] = []
        for c in name {
            if c == " " || c == "-" { out.append([]); separators.append(c) } else { out[out.count - 1].append(c) }
        }
        return (out, separators)
    }

    /// True when every word but the function words starts with a capital ("Technological Innovation").
    private static func isCapitalised(_ text: [Character]) -> Bool {
        words(text).words.allSatisfy { w in w.first.map { $0.isUppercase || minorWords.contains(String(w)) } ?? true }
    }

    /// Whether the word after `end` (past spaces) starts with a capital.
    private static func capitalisedWord(after end: Int, in chars: [Character]) -> Bool {
        var k = end
        while k < chars.count, chars[k] == " " || chars[k] == "\u{00A0}" { k += 1 }
        return k > end && k < chars.count && chars[k].isUppercase
    }

    /// Whether the word before `start` (past spaces) starts with a capital while not opening
    /// a sentence itself ("Area International | Technological Innovation").
    private static func capitalisedWord(before start: Int, in chars: [Character]) -> Bool {
        var k = start - 1
        while k >= 0, chars[k] == " " || chars[k] == "\u{00A0}" { k -= 1 }
        guard k < start - 1, k >= 0, isWordCharacter(chars[k]) else { return false }
        while k > 0, isWordCharacter(chars[k - 1]) || chars[k - 1] == "-" { k -= 1 }
        guard chars[k].isUppercase else { return false }
        var j = k - 1
        while j >= 0, insignificant.contains(chars[j]) { j -= 1 }
        return j >= 0 && !".!?\u{00B7}\n".contains(chars[j])
    }

    /// "R&D", "AI", "GDP", "5G": more than one capital or digit, kept as written.
    private static func isAcronym(_ word: [Character]) -> Bool {
        word.filter { $0.isUppercase || $0.isNumber }.count >= 2
    }

    /// Function words title case leaves in lower case (unless first).
    static let minorWords: Set<String> = ["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into",
                                           "of", "on", "or", "the", "to", "via", "with"]

    /// A letter or a digit (ASCII answered without Unicode property look-ups).
    private static func isWordCharacter(_ c: Character) -> Bool {
        if let a = c.asciiValue { return (48...57).contains(a) || (65...90).contains(a) || (97...122).contains(a) }
        return c.isLetter || c.isNumber
    }

    /// True at the start of a text or after a sentence's end ("." "!" "?"), a list separator
    /// ("·") or a line break, skipping spaces, opening quotes and brackets.
    private static func opensSentence(before out: [Character], previous: Character?) -> Bool {
        var k = out.count - 1
        while k >= 0, insignificant.contains(out[k]) { k -= 1 }
        guard let last = k >= 0 ? out[k] : previous else { return true }
        return ".!?\u{00B7}\n".contains(last)
    }

    /// Characters skipped when looking back for a sentence's end.
    static let insignificant: Set<Character> = [" ", "\u{00A0}", "\"", "'", "(", "[", "\u{201C}", "\u{2018}", "*"]

    /// The last character of `text` that can end a sentence, or `previous` when it has none.
    static func lastSignificant(of text: String, previous: Character?) -> Character? {
        text.last { !insignificant.contains($0) } ?? previous
    }
}
