//! Owners of Pango's C objects: context, layout, font description and attribute list.

import CPango
import CCairo

/// A `PangoContext` bound to one `FontSet`, set up for device-independent metrics.
public final class PangoContextRef {
    let pointer: OpaquePointer
    /// Keeps the font map alive for the context's lifetime.
    let fontSet: FontSet

    public init(fontSet: FontSet) {
        self.fontSet = fontSet
        pointer = pango_font_map_create_context(fontSet.fontMap)
        // 72 dpi: one Pango device unit is one PostScript point.
        pango_cairo_context_set_resolution(pointer, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(pointer, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(pointer, 0)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }
}

/// A `PangoLayout`: one paragraph of text being shaped and broken into lines.
public final class PangoLayoutRef {
    let pointer: OpaquePointer
    let context: PangoContextRef

    public init(context: PangoContextRef) {
        self.context = context
        pointer = pango_layout_new(context.pointer)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }
}

/// A `PangoFontDescription` (family, size, weight, style).
public final class FontDescriptionRef {
    let pointer: OpaquePointer

    public init(family: String, size: Double) {
        pointer = pango_font_description_new()
        pango_font_description_set_family(pointer, family)
        pango_font_description_set_absolute_size(pointer, size * Double(PANGO_SCALE))
    }

    deinit { pango_font_description_free(pointer) }
}

/// A `PangoAttrList`. Attributes added to it are owned by the list.
public final class AttributeListRef {
    let pointer: OpaquePointer

    public init() { pointer = pango_attr_list_new() }

    deinit { pango_attr_list_unref(pointer) }

    /// Adds an attribute over the UTF-8 byte range; the list takes ownership of it.
    func insert(_ attribute: UnsafeMutablePointer<PangoAttribute>, start: Int, end: Int) {
        attribute.pointee.start_index = guint(start)
        attribute.pointee.end_index = guint(end)
        pango_attr_list_insert(pointer, attribute)
    }
}
