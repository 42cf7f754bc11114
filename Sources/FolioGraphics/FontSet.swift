//! The bundled fonts as a private fontconfig configuration and a Pango font map over it.

import CFontconfig
import CPango
import CCairo
import Foundation

/// Fonts from one directory only, so a page renders to the same pixels on every machine.
///
/// System fonts never leak in: the fontconfig configuration is built from scratch with the
/// directory as its only source. Pango's font maps are not thread-safe, so each worker
/// creates its own `FontSet` (creation costs a few milliseconds).
public final class FontSet {
    public let directory: String
    let config: OpaquePointer
    let fontMap: UnsafeMutablePointer<PangoFontMap>

    public init(directory: String) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw GraphicsError.fontDirectoryMissing(directory)
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        guard files.contains(where: { $0.hasSuffix(".ttf") || $0.hasSuffix(".otf") || $0.hasSuffix(".ttc") }) else {
            throw GraphicsError.fontDirectoryEmpty(directory)
        }
        self.directory = directory
        guard let config = FcConfigCreate() else { throw GraphicsError.fontconfigFailed("cannot create a configuration") }
        // Only the bundled directory, plus a private cache so scanning happens once per machine.
        let xml = """
            <?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig><dir>\(FontSet.xmlEscaped(directory))</dir><cachedir>\(FontSet.xmlEscaped(FontSet.cacheDirectory))</cachedir></fontconfig>
            """
        guard FcConfigParseAndLoadFromMemory(config, xml, FcTrue) == FcTrue, FcConfigBuildFonts(config) == FcTrue else {
            FcConfigDestroy(config)
            throw GraphicsError.fontconfigFailed("cannot load the fonts in \(directory)")
        }
        self.config = config
        let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)!
        self.fontMap = UnsafeMutableRawPointer(map).assumingMemoryBound(to: PangoFontMap.self)
        pango_fc_font_map_set_config(OpaquePointer(UnsafeMutableRawPointer(map)), config)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(fontMap))
        FcConfigDestroy(config)
    }

    /// Family names of every bundled face, sorted; for messages and tests.
    public var familyNames: [String] {
        var names = Set<String>()
        guard let fonts = FcConfigGetFonts(config, FcSetSystem) else { return [] }
        for i in 0..<Int(fonts.pointee.nfont) {
            var value: UnsafeMutablePointer<FcChar8>?
            if FcPatternGetString(fonts.pointee.fonts[i], FC_FAMILY, 0, &value) == FcResultMatch, let value {
                names.insert(String(cString: value))
            }
        }
        return names.sorted()
    }

    /// True when some bundled font has a glyph for the character.
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        guard let fonts = FcConfigGetFonts(config, FcSetSystem) else { return false }
        for i in 0..<Int(fonts.pointee.nfont) {
            var charset: OpaquePointer?
            if FcPatternGetCharSet(fonts.pointee.fonts[i], FC_CHARSET, 0, &charset) == FcResultMatch,
               let charset, FcCharSetHasChar(charset, scalar.value) == FcTrue {
                return true
            }
        }
        return false
    }

    /// Fontconfig's cache for the bundled fonts: `$XDG_CACHE_HOME/folio` or `~/.cache/folio`.
    static var cacheDirectory: String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSTemporaryDirectory()) + "/.cache")
        return base + "/folio/fontconfig"
    }

    static func xmlEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Finds the bundled font directory: `$FOLIO_FONTS`, else `Fonts/` of the resources
    /// (`ResourceLocator`: `$FOLIO_HOME`, an installed `share/folio`, a checkout).
    public static func defaultDirectory() -> String {
        if let env = ProcessInfo.processInfo.environment["FOLIO_FONTS"], !env.isEmpty { return env }
        return ResourceLocator.find("Fonts") ?? "Fonts"
    }
}
