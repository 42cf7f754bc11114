//! Converted sections remembered from one layout of a document to the next (`folio watch`).

import FolioDocument
import FolioGraphics
import Foundation

/// Keeps each section's flow items (shaped, broken and hyphenated text, built tables and
/// charts) between layouts, keyed by the section's whole content and everything converting
/// it reads: the layout spec and the hyphenation rules. An edited narrative changes only its
/// own section's key, so the next layout converts that section and reuses the others.
///
/// Only sections that cite no page number are remembered (the layouter converts those anew
/// in every pass). Placing the items on pages, numbering and decorating them are redone in
/// full each time: they are cheap, and that is what moves later pages when a chapter grows.
/// The memo must be used with one font set (the owner makes a new one when fonts change).
/// Not thread-safe: one layout at a time.
public final class SectionMemo: @unchecked Sendable {
    private var entries: [String: ConvertedSection] = [:]
    /// Keys of the sections of the layout in progress, by section index.
    private var pendingKeys: [Int: String] = [:]

    /// What the last layout did with each section, in document order.
    public private(set) var lastUse: [Use] = []

    public struct Use: Sendable, Equatable {
        public var runningTitle: String
        /// True when its flow items came from the memo.
        public var reused: Bool
        /// False for sections that cite page numbers (contents, cross-references): never remembered.
        public var remembered: Bool
    }

    public init() {}

    /// Forgets everything (fonts changed, or the owner cannot be sure of something).
    public func removeAll() { entries.removeAll(); lastUse = [] }

    /// Converted sections known for `document`, by section index; remembers the keys for `store`.
    func recall(_ document: Document, spec: LayoutSpec, hyphenator: Hyphenator?) -> [Int: ConvertedSection] {
        let context = Self.contextKey(spec: spec, hyphenator: hyphenator)
        pendingKeys = [:]
        lastUse = []
        var found: [Int: ConvertedSection] = [:]
        for (s, section) in document.sections.enumerated() {
            let remembered = !section.blocks.contains { $0.containsPageReference }
            var reused = false
            if remembered {
                let key = context + Self.contentKey(section)
                pendingKeys[s] = key
                if let hit = entries[key] { found[s] = hit; reused = true }
            }
            lastUse.append(Use(runningTitle: section.runningTitle, reused: reused, remembered: remembered))
        }
        return found
    }

    /// Keeps the sections converted by the layout that called `recall`; entries of sections
    /// no longer in the document are dropped, so memory stays that of one document.
    func store(_ converted: [Int: ConvertedSection]) {
        var kept: [String: ConvertedSection] = [:]
        for (s, key) in pendingKeys { if let section = converted[s] { kept[key] = section } }
        entries = kept
        pendingKeys = [:]
    }

    /// The section's content in full: every stored property of every block, chart and inline
    /// (the document model is plain values, without closures or references, so two sections
    /// with the same text convert alike). The text is the key itself, not a hash of it, so
    /// two different sections can never share an entry.
    static func contentKey(_ section: Section) -> String {
        var text = ""
        CanonicalText.write(section, into: &text)
        return text
    }

    /// The spec and hyphenation rules, which every conversion reads.
    static func contextKey(spec: LayoutSpec, hyphenator: Hyphenator?) -> String {
        var text = ""
        CanonicalText.write(spec, into: &text)
        if let rules = hyphenator?.rules {
            text += "\nhyphenation: \(rules.minWordLength) \(rules.minPrefix) \(rules.minSuffix) \(rules.protectedWords.sorted())"
        }
        return text + "\n"
    }
}

/// A value written out in full through reflection, the same for equal values: `dump` is not
/// (it lists a dictionary or set in its storage order, which differs between equal instances).
enum CanonicalText {
    static func write(_ value: Any, into text: inout String) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .dictionary?, .set?:
            // Entries sorted by their own text.
            let entries = mirror.children.map { child -> String in
                var entry = ""
                write(child.value, into: &entry)
                return entry
            }.sorted()
            text += "{"
            for entry in entries { text += entry; text += ";" }
            text += "}"
        case nil:
            // A leaf: numbers, strings, booleans (Double's description round-trips exactly).
            text += String(reflecting: value)
        case .enum? where mirror.children.isEmpty:
            // A case without payload: its name.
            text += String(reflecting: value)
        default:
            text += String(describing: mirror.subjectType)
            text += "("
            for child in mirror.children {
                if let label = child.label { text += label; text += ":" }
                write(child.value, into: &text)
                text += ","
            }
            text += ")"
        }
    }
}
