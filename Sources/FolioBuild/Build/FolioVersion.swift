//! The version of Folio written into manifests and mixed into every cache key.

/// Folio's version. Bump it whenever output can change for the same input, so caches built
/// by an older Folio are never reused.
public enum FolioVersion {
    public static let current = "0.9.0"
}
