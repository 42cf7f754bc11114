//! Texts the editorial pass has styled, kept for the texts met again (`folio watch`, table cells).

import Foundation
import FolioModel

/// The editorial pass's result for each text it styled, so a text met again — a figure repeated
/// down a table, or every unchanged text when a watch session composes the edition again after a
/// save — is looked up instead of restyled. Keyed by the text and the character before it
/// (which decides whether a name at its start opens a sentence); valid for one style and one
/// list of names, and emptied when a pass with others uses it. Entries that a pass did not use
/// are dropped when the next one begins, so memory stays that of about one document.
/// Thread-safe: briefs may be composed on several threads with one pass.
public final class EditorialMemo: @unchecked Sendable {
    struct Key: Hashable {
        var text: String
        var previous: Character?
    }
    /// The style and names the entries were styled with.
    struct Context: Equatable {
        var style: EditorialStyle
        var names: [String]
    }
    private let lock = NSLock()
    private var context: Context?
    /// Entries used (or made) since the last `begin`, and those of the pass before.
    private var current: [Key: String] = [:]
    private var earlier: [Key: String] = [:]

    public init() {}

    /// Starts a pass with `context`: entries of another context are forgotten, and those the
    /// previous pass did not use are dropped.
    func begin(_ context: Context) {
        lock.lock(); defer { lock.unlock() }
        if context != self.context {
            self.context = context
            current = [:]
            earlier = [:]
        } else {
            earlier = current
            current = [:]
        }
    }

    /// The styled text for `key`, made by `style` when not known.
    func styled(_ key: Key, _ style: () -> String) -> String {
        lock.lock()
        if let known = current[key] ?? earlier[key] {
            current[key] = known
            lock.unlock()
            return known
        }
        lock.unlock()
        let made = style()
        lock.lock()
        current[key] = made
        lock.unlock()
        return made
    }

    /// How many texts the memo holds (tests).
    var count: Int { lock.lock(); defer { lock.unlock() }; return current.count }
}
