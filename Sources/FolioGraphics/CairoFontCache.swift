//! Cairo font faces for the bundled font files, created once per exporter.

import CCairo
import CFontconfig

/// Turns a page model `FontFace` (file + index) into a Cairo font face, so exporters draw
/// the exact glyphs Pango chose without shaping again.
public final class CairoFontCache {
    private var faces: [FontFaceKey: OpaquePointer] = [:]
    private let options: OpaquePointer

    struct FontFaceKey: Hashable { let path: String; let index: Int }

    public init() {
        options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    }

    deinit {
        for face in faces.values { cairo_font_face_destroy(face) }
        cairo_font_options_destroy(options)
    }

    /// Selects the face and size on a context for the following glyph calls.
    public func select(path: String, index: Int, size: Double, on context: CairoContext) {
        let key = FontFaceKey(path: path, index: index)
        let face: OpaquePointer
        if let f = faces[key] {
            face = f
        } else {
            let pattern = FcPatternCreate()!
            FcPatternAddString(pattern, FC_FILE, path)
            FcPatternAddInteger(pattern, FC_INDEX, Int32(index))
            FcPatternAddBool(pattern, FC_HINTING, FcFalse)
            face = cairo_ft_font_face_create_for_pattern(pattern)
            FcPatternDestroy(pattern)
            faces[key] = face
        }
        cairo_set_font_face(context.pointer, face)
        cairo_set_font_size(context.pointer, size)
        cairo_set_font_options(context.pointer, options)
    }
}
