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
    private var cache: [String: String] = [:]
    private var capitalizedCache: [String: String] = [:]
    /// Whole texts already hyphenated: a report is laid out in several passes (contents page
    /// numbers) and every pass converts the same paragraphs again.
    private var textCache: [TextKey: String] = [:]
    private struct TextKey: Hashable { let text: String; let capitalized: Bool }
    static let textCacheLimit = 8192

    public static let defaultDictionary = "/usr/share/hyphen/hyph_en_US.dic"

    public init(dictionary: String = Hyphenator.defaultDictionary, rules: HyphenationRules = HyphenationRules()) throws {
        guard FileManager.default.fileExists(atPath: dictionary), let d = hnj_hyphen_load(dictionary) else {
            throw GraphicsError.hyphenationDictionaryMissing(dictionary)
        }
        dict = d
        self.rules = rules
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
        let key = TextKey(text: text, capitalized: capitalized)
        if let hit = textCache[key] { return hit }
        let result = hyphenateText(text, capitalized: capitalized)
        if textCache.count >= Self.textCacheLimit { textCache.removeAll(keepingCapacity: true) }
        textCache[key] = result
        return result
    }

    private func hyphenateText(_ text: String, capitalized: Bool) -> String {
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
