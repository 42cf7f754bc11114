//! Converted sections remembered from one layout of a document to the next (`folio watch`).

import FolioDocument
import FolioGraphics
import Foundation

/// Keeps each section's flow items (shaped, broken and hyphenated text, built tables and
/// charts) between layouts, keyed by the section's whole content and everything converting
/// it reads: the layout spec and the hyphenation rules. An edited narrative changes only its
/// own section's key, so the next layout converts that section and reuses the others.
/// With the items it keeps where the section was placed from the starts it met lately
/// (`PlacementStart`): a section after the edited one is not placed again when its start is
/// one met before, only shifted by whole pages (by an even number of them on facing pages).
///
/// Only sections that cite no page number are remembered (the layouter converts and places
/// those anew in every pass). Numbering and decorating pages are redone each time, with the
/// running heads' shaped lines kept (`RunningLines`).
/// The memo must be used with one font set (the owner makes a new one when fonts change).
/// Not thread-safe: one layout at a time.
public final class SectionMemo: @unchecked Sendable {
    private var entries: [ContentKey: ConvertedSection] = [:]
    /// The spec and hyphenation rules the entries were converted with.
    private var context: ContentKey?
    /// Keys of the sections of the layout in progress, by section index.
    private var pendingKeys: [Int: ContentKey] = [:]

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
    public func removeAll() {
        entries.removeAll(); context = nil; lastUse = []
        runningLines.removeAll(); decoratedPages.removeAll()
    }

    /// Running heads and page numbers shaped by the last layout.
    let runningLines = RunningLines()
    /// The last layout's finished pages and their self-check findings.
    let decoratedPages = DecoratedPages()

    /// Converted sections known for `document`, by section index; remembers the keys for `store`.
    func recall(_ document: Document, spec: LayoutSpec, hyphenator: Hyphenator?) -> [Int: ConvertedSection] {
        let context = Self.contextKey(spec: spec, hyphenator: hyphenator)
        if context != self.context { entries = [:]; decoratedPages.removeAll(); self.context = context }
        pendingKeys = [:]
        lastUse = []
        var found: [Int: ConvertedSection] = [:]
        for (s, section) in document.sections.enumerated() {
            let remembered = !section.blocks.contains { $0.containsPageReference }
            var reused = false
            if remembered {
                let key = Self.contentKey(section)
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
        var kept: [ContentKey: ConvertedSection] = [:]
        for (s, key) in pendingKeys { if let section = converted[s] { kept[key] = section } }
        entries = kept
        pendingKeys = [:]
    }

    /// The section's content in full: every stored property of every block, chart and inline
    /// (the document model is plain `Hashable` values, without closures or references, so two
    /// sections with equal content convert alike). The values themselves are the key, not a
    /// digest, so two different sections never share an entry.
    static func contentKey(_ section: Section) -> ContentKey { ContentKey(section) }

    /// The spec and hyphenation rules, which every conversion reads.
    static func contextKey(spec: LayoutSpec, hyphenator: Hyphenator?) -> ContentKey {
        ContentKey([spec, hyphenator?.rules as Any])
    }
}

/// A value as a list of hashable parts, equal for equal values: a `Hashable` value (a section,
/// whose blocks, inlines and figures are all hashable, or the layout spec) is kept as it is, in
/// one part, so hashing and comparing it is the type's own code; other values are taken apart by
/// reflection into their type, property names and parts. Exact: two different sections never
/// share an entry.
struct ContentKey: Hashable {
    private var parts: [AnyHashable] = []
    /// Computed once: a key is hashed on lookup, on insertion and when the table grows.
    private var digest = 0

    init(_ value: Any) {
        append(value)
        digest = parts.hashValue
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    static func == (a: ContentKey, b: ContentKey) -> Bool { a.digest == b.digest && a.parts == b.parts }

    private mutating func append(_ value: Any) {
        if let hashable = value as? any Hashable {
            parts.append(AnyHashable(hashable))
            return
        }
        let mirror = Mirror(reflecting: value)
        parts.append(AnyHashable(ObjectIdentifier(mirror.subjectType)))
        switch mirror.displayStyle {
        case .dictionary?, .set?:
            // Entries in any order: a set of the entries' own keys.
            parts.append(AnyHashable(Set(mirror.children.map { ContentKey($0.value) })))
        default:
            parts.append(AnyHashable(mirror.children.count))
            for child in mirror.children {
                parts.append(AnyHashable(child.label ?? ""))
                append(child.value)
            }
        }
    }
}
