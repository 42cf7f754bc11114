//! Where the default edition lives, so every command finds it from any folder.

import FolioGraphics

public enum EditionPaths {
    /// The folder of the bundled 2025 edition, relative to the resources' `Assets/`.
    public static let defaultEditionName = "editions/cities-2025"

    /// `--edition DIR` when given, otherwise the bundled `Assets/editions/cities-2025` of the
    /// resources (installed, checkout or `FOLIO_HOME`; see `ResourceLocator`).
    public static func edition(_ explicit: String?) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        return bundled(defaultEditionName)
    }

    /// A folder under the resources' `Assets/` (e.g. `editions/starter`).
    public static func bundled(_ relative: String) -> String {
        (ResourceLocator.find("Assets") ?? "Assets") + "/" + relative
    }
}
