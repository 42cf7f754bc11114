//! Where the default edition lives, so every command finds it from any folder of a checkout.

import FolioGraphics

public enum EditionPaths {
    /// The folder of the bundled 2025 edition, relative to the repository's `Assets/`.
    public static let defaultEditionName = "editions/cities-2025"

    /// `--edition DIR` when given, otherwise `Assets/editions/cities-2025` found from the
    /// working directory or the executable (see `ResourceLocator`).
    public static func edition(_ explicit: String?) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let assets = ResourceLocator.find("Assets") { return assets + "/" + defaultEditionName }
        return "Assets/" + defaultEditionName
    }
}
