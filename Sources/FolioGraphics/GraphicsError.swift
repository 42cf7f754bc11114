//! Errors raised while talking to Cairo, Pango, fontconfig and libhyphen.

/// A failure of a C library, with a message a person can act on.
public enum GraphicsError: Error, Equatable, CustomStringConvertible, Sendable {
    case fontDirectoryMissing(String)
    case fontDirectoryEmpty(String)
    case fontconfigFailed(String)
    case cairo(operation: String, status: String)
    case hyphenationDictionaryMissing(String)
    case unreadableImage(String)

    public var description: String {
        switch self {
        case .fontDirectoryMissing(let p): return "\(p): font directory not found (set FOLIO_HOME to a folder holding Fonts/, or FOLIO_FONTS to the fonts themselves; `make install` puts them in PREFIX/share/folio)"
        case .fontDirectoryEmpty(let p): return "\(p): no font files (.ttf, .otf, .ttc) in the font directory"
        case .fontconfigFailed(let m): return "fontconfig: \(m)"
        case .cairo(let op, let status): return "cairo: \(op) failed: \(status)"
        case .hyphenationDictionaryMissing(let p): return "\(p): hyphenation dictionary not found (install hyphen-en-us)"
        case .unreadableImage(let m): return "image: \(m)"
        }
    }
}
