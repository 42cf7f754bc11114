//! Dictionary hyphenation with libhyphen: inserts soft hyphens that Pango may break at.

import CHyphen
import Foundation

/// Limits on where words may be hyphenated (TeX's and InDesign's usual defaults).
public struct HyphenationRules: Hashable, Sendable, Codable {
    /// Words shorter than this are never hyphenated.
    public var minWordLength: Int
    /// Characters kept before the first and after the last break.
    public var minPrefix: Int
    public var minSuffix: Int
    /// Words never hyphenated (proper names such as city names), compared case-insensitively.
    public var protectedWords: Set<String>
    public init(minWordLength: Int = 6, minPrefix: Int = 3, minSuffix: Int = 3, protectedWords: Set<String> = []) {
        self.minWordLength = minWordLength; self.minPrefix = minPrefix; self.minSuffix = minSuffix
        self.protectedWords = Set(protectedWords.map { $0.lowercased() })
    }
}

/// Owner of a libhyphen dictionary (Liang patterns from `hyphen-en-us`).
public final class Hyphenator {
    private let dict: UnsafeMutablePointer<HyphenDict>
    public let rules: HyphenationRules
    /// The pattern file, so another thread can load its own copy (`makeCopy()`).
    public let dictionaryPath: String
    private var cache: [String: String] = [:]
    private var capitalizedCache: [String: String] = [:]
    /// Whole texts already hyphenated: a report is laid out in several passes (contents page
    /// numbers) and every pass converts the same paragraphs again.
    private var textCache = BoundedMemo<TextKey, String>(limit: 8192)
    private struct TextKey: Hashable { let text: String; let capitalized: Bool }

    public static let defaultDictionary = "/usr/share/hyphen/hyph_en_US.dic"

    public init(dictionary: String = Hyphenator.defaultDictionary, rules: HyphenationRules = HyphenationRules()) throws {
        guard FileManager.default.fileExists(atPath: dictionary), let d = hnj_hyphen_load(dictionary) else {
            throw GraphicsError.hyphenationDictionaryMissing(dictionary)
        }
        dict = d
        self.rules = rules
        self.dictionaryPath = dictionary
    }

    /// A hyphenator with the same dictionary and rules and its own memos, for another thread.
    public func makeCopy() throws -> Hyphenator {
        try Hyphenator(dictionary: dictionaryPath, rules: rules)
    }

    deinit { hnj_hyphen_free(dict) }

    /// The word with U+00AD at every permitted break, or the word unchanged. Capitalised
    /// words are usually names and stay whole unless `capitalized` is set (table headers).
    public func hyphenate(word: String, capitalized: Bool = false) -> String {
        if let hit = capitalized ? capitalizedCache[word] : cache[word] { return hit }
        let result = computeHyphenation(word, capitalized: capitalized)
        if capitalized { capitalizedCache[word] = result } else { cache[word] = result }
        return result
    }

    private func computeHyphenation(_ word: String, capitalized: Bool) -> String {
        let chars = Array(word)
        guard chars.count >= rules.minWordLength,
              chars.allSatisfy({ $0.isASCII && $0.isLetter }),
              !rules.protectedWords.contains(word.lowercased()),
              capitalized || !(chars.first?.isUppercase ?? false) else { return word }
        let lower = Array(word.lowercased().utf8)
        var hyphens = [CChar](repeating: 0, count: lower.count + 5)
        var rep: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        var pos: UnsafeMutablePointer<Int32>? = nil
        var cut: UnsafeMutablePointer<Int32>? = nil
        let status = lower.map { CChar(bitPattern: $0) }.withUnsafeBufferPointer { buf in
            hnj_hyphen_hyphenate2(dict, buf.baseAddress, Int32(lower.count), &hyphens, nil, &rep, &pos, &cut)
        }
        free(rep); free(pos); free(cut)
        guard status == 0 else { return word }
        var out = ""
        for (i, ch) in chars.enumerated() {
            out.append(ch)
            let breakAfter = i + 1
            if hyphens[i] & 1 == 1, breakAfter >= rules.minPrefix, chars.count - breakAfter >= rules.minSuffix {
                out.append("\u{AD}")
            }
        }
        return out
    }

    /// Inserts soft hyphens into every eligible word of a text. Numbers, URLs, e-mail
    /// addresses, capitalised words and protected words are left whole.
    public func hyphenate(text: String, capitalized: Bool = false) -> String {
        textCache.value(for: TextKey(text: text, capitalized: capitalized)) { hyphenateText(text, capitalized: capitalized) }
    }

    private func hyphenateText(_ text: String, capitalized: Bool) -> String {
        if Self.isOneScalarPerCharacter(text) { return hyphenateScalars(text, capitalized: capitalized) }
        return hyphenateCharacters(text, capitalized: capitalized)
    }

    /// The fast path: walks UTF-8 bytes instead of grapheme clusters. It gives the same result as
    /// `hyphenateCharacters` when every character is one scalar (see `isOneScalarPerCharacter`):
    /// then a character is whitespace, or an ASCII letter, exactly when its scalar is.
    func hyphenateScalars(_ text: String, capitalized: Bool) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            var i = 0
            while i < bytes.count {
                let width = Self.whitespaceWidth(bytes, at: i)
                if width > 0 {
                    out.append(contentsOf: bytes[i..<(i + width)])
                    i += width
                    continue
                }
                var end = i
                while end < bytes.count && Self.whitespaceWidth(bytes, at: end) == 0 { end += 1 }
                appendToken(UnsafeBufferPointer(rebasing: bytes[i..<end]), to: &out, capitalized: capitalized)
                i = end
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// One whitespace-delimited token: its ASCII letter runs are words, hyphenated unless the
    /// token is a URL or an e-mail address.
    private func appendToken(_ token: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], capitalized: Bool) {
        let skip = Self.contains(token, "://") || Self.contains(token, "@") || Self.contains(token, "www.")
        var i = 0
        while i < token.count {
            guard Self.isASCIILetter(token[i]) else { out.append(token[i]); i += 1; continue }
            var end = i + 1
            while end < token.count && Self.isASCIILetter(token[end]) { end += 1 }
            let word = UnsafeBufferPointer(rebasing: token[i..<end])
            if skip {
                out.append(contentsOf: word)
            } else {
                out.append(contentsOf: hyphenate(word: String(decoding: word, as: UTF8.self), capitalized: capitalized).utf8)
            }
            i = end
        }
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// The byte length of the scalar at `i` when it is whitespace, else 0. Non-ASCII scalars
    /// (no-break spaces, U+2028…) are decoded only when their lead byte is met.
    private static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return (b == 0x20 || (b >= 0x09 && b <= 0x0D)) ? 1 : 0 }
        guard b >= 0xC0 else { return 0 }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var value = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        guard let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace else { return 0 }
        return width
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard haystack.count >= n else { return false }
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: n)
        for start in 0...(haystack.count - n) where haystack[start] == pattern[0] {
            if (1..<n).allSatisfy({ haystack[start + $0] == pattern[$0] }) { return true }
        }
        return false
    }

    /// True when no character of `text` is made of several scalars, so scalars and characters
    /// coincide. Checked conservatively: every scalar must come from blocks without combining
    /// marks, joiners or Hangul jamo (Latin, general punctuation, symbols, CJK ideographs).
    /// CR LF is the one two-scalar character left, and both of its scalars are whitespace.
    static func isOneScalarPerCharacter(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x300 { continue }
            if (0x2000..<0x200C).contains(v) || (0x200E..<0x20D0).contains(v) || (0x2100..<0x2C00).contains(v)
                || (0x3000..<0x302A).contains(v) || (0x4E00..<0xA000).contains(v) { continue }
            return false
        }
        return true
    }

    /// The general path, by grapheme cluster: texts with combining marks, emoji sequences, etc.
    func hyphenateCharacters(_ text: String, capitalized: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var word = ""
        var inToken = ""   // the whitespace-delimited token the word belongs to
        func flushWord() {
            if !word.isEmpty {
                let skip = inToken.contains("://") || inToken.contains("@") || inToken.contains("www.")
                out += skip ? word : hyphenate(word: word, capitalized: capitalized)
                word = ""
            }
        }
        var tokenStart = text.startIndex
        for idx in text.indices {
            let ch = text[idx]
            if ch.isWhitespace {
                flushWord(); out.append(ch)
                tokenStart = text.index(after: idx); inToken = ""
                continue
            }
            if inToken.isEmpty {
                let end = text[tokenStart...].firstIndex(where: { $0.isWhitespace }) ?? text.endIndex
                inToken = String(text[tokenStart..<end])
            }
            if ch.isLetter && ch.isASCII { word.append(ch) } else { flushWord(); out.append(ch) }
        }
        flushWord()
        return out
    }
}
