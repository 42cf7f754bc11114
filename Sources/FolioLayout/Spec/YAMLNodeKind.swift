//! How a YAML node is named in a message about the wrong shape of value.

import Yams

extension Node {
    /// `"12pt"` for a scalar (its text, quoted), otherwise "a list", "a mapping" or "an alias":
    /// what a message says was found where another kind of value was expected. Shared by the
    /// layout validator and the brief structure loader.
    public var kindDescription: String {
        switch self {
        case .scalar(let s): return "\"\(s.string)\""
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }
}
