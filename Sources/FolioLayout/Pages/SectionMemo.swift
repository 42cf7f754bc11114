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
/// those anew in every pass). A page is numbered and decorated again only when something it
/// shows changed (`DecoratedPages`), with the running heads' shaped lines kept (`RunningLines`).
/// The memo must be used with one font set (the owner makes a new one when fonts change).
/// Not thread-safe: one layout at a time.
public final class SectionMemo: @unchecked Sendable {
    private var entries: [HashedOnce<Section>: ConvertedSection] = [:]
    /// The spec and hyphenation rules the entries were converted with.
    private var context: HashedOnce<ConversionContext>?
    /// Keys of the sections of the layout in progress, by section index.
    private var pendingKeys: [Int: HashedOnce<Section>] = [:]

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
        let context = HashedOnce(ConversionContext(spec: spec, rules: hyphenator?.rules))
        if context != self.context { entries = [:]; decoratedPages.removeAll(); self.context = context }
        pendingKeys = [:]
        lastUse = []
        var found: [Int: ConvertedSection] = [:]
        for (s, section) in document.sections.enumerated() {
            let remembered = !section.blocks.contains { $0.containsPageReference }
            var reused = false
            if remembered {
                let key = HashedOnce(section)
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
        var kept: [HashedOnce<Section>: ConvertedSection] = [:]
        for (s, key) in pendingKeys { if let section = converted[s] { kept[key] = section } }
        entries = kept
        pendingKeys = [:]
    }
}

/// What converting any section reads besides the section itself.
struct ConversionContext: Hashable {
    var spec: LayoutSpec
    var rules: HyphenationRules?
}

/// A value as a dictionary key, hashed once: a key is hashed on lookup, on insertion and when
/// the table grows, and hashing a whole section (every block, chart and inline) is not free.
/// Equality compares the values in full, so two different sections never share an entry; the
/// document model is plain `Hashable` values, without closures or references, so two sections
/// with equal content convert alike.
struct HashedOnce<Value: Hashable>: Hashable {
    let value: Value
    private let digest: Int

    init(_ value: Value) {
        self.value = value
        digest = value.hashValue
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    static func == (a: HashedOnce, b: HashedOnce) -> Bool { a.digest == b.digest && a.value == b.value }
}
