//! Owner of a cairo_surface_t: PDF, SVG or in-memory image surfaces.

import CCairo
import CJPEG
import Glibc

/// A Cairo drawing surface. The only code that destroys surfaces.
public final class CairoSurface {
    public let pointer: OpaquePointer
    /// What an in-memory PDF surface writes into; kept alive as long as the surface.
    public private(set) var output: ByteSink?

    /// Takes ownership of a surface reference returned by a `cairo_*_surface_create` call.
    public init(owning pointer: OpaquePointer, operation: String) throws {
        self.pointer = pointer
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw GraphicsError.cairo(operation: operation, status: String(cString: cairo_status_to_string(status)))
        }
    }

    deinit { cairo_surface_destroy(pointer) }

    /// A multi-page PDF of the given first-page size in points, written into memory
    /// (`output`): its one user rewrites Cairo's file anyway, so no temporary file is written,
    /// read back and deleted.
    public static func pdfInMemory(size: (Double, Double)) throws -> CairoSurface {
        let sink = ByteSink()
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().bytes
                .append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        let pointer = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(sink).toOpaque(), size.0, size.1)!
        let surface = try CairoSurface(owning: pointer, operation: "create PDF in memory")
        surface.output = sink
        return surface
    }

    /// An SVG file for one page.
    public static func svg(path: String, size: (Double, Double)) throws -> CairoSurface {
        let s = try CairoSurface(owning: cairo_svg_surface_create(path, size.0, size.1), operation: "create SVG \(path)")
        cairo_svg_surface_restrict_to_version(s.pointer, CAIRO_SVG_VERSION_1_2)
        return s
    }

    /// An ARGB image in memory, `width` × `height` pixels.
    public static func image(width: Int, height: Int) throws -> CairoSurface {
        try CairoSurface(owning: cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
                         operation: "create \(width)×\(height) image")
    }

    /// Decodes PNG bytes into an image surface.
    public static func png(bytes: [UInt8]) throws -> CairoSurface {
        final class Reader { var bytes: [UInt8]; var offset = 0; init(_ b: [UInt8]) { bytes = b } }
        let reader = Reader(bytes)
        let box = Unmanaged.passRetained(reader)
        defer { box.release() }
        let surface = cairo_image_surface_create_from_png_stream({ closure, data, length in
            let r = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
            let n = Int(length)
            guard r.offset + n <= r.bytes.count, let data else { return CAIRO_STATUS_READ_ERROR }
            r.bytes.withUnsafeBufferPointer { buf in
                data.update(from: buf.baseAddress! + r.offset, count: n)
            }
            r.offset += n
            return CAIRO_STATUS_SUCCESS
        }, box.toOpaque())!
        return try CairoSurface(owning: surface, operation: "decode PNG")
    }

    /// Decodes JPEG bytes into an image surface, and attaches the original bytes so that PDF
    /// (and SVG) output embeds them unchanged instead of re-encoding the pixels.
    public static func jpeg(bytes: [UInt8]) throws -> CairoSurface {
        var width: Int32 = 0, height: Int32 = 0
        guard folio_jpeg_size(bytes, bytes.count, &width, &height) == 0, width > 0, height > 0 else {
            throw GraphicsError.cairo(operation: "decode JPEG", status: "not a readable JPEG image")
        }
        let surface = try image(width: Int(width), height: Int(height))
        cairo_surface_flush(surface.pointer)
        let stride = cairo_image_surface_get_stride(surface.pointer)
        guard let data = cairo_image_surface_get_data(surface.pointer),
              folio_jpeg_decode(bytes, bytes.count, data, stride, width, height) == 0 else {
            throw GraphicsError.cairo(operation: "decode JPEG", status: "damaged JPEG data")
        }
        cairo_surface_mark_dirty(surface.pointer)
        // Cairo keeps the bytes until it no longer needs them and then calls `free`.
        guard let copy = malloc(bytes.count) else { return surface }
        bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        let status = cairo_surface_set_mime_data(surface.pointer, CAIRO_MIME_TYPE_JPEG, copy.assumingMemoryBound(to: UInt8.self),
                                                 UInt(bytes.count), { free($0) }, copy)
        if status != CAIRO_STATUS_SUCCESS { free(copy) }
        return surface
    }

    public var imageWidth: Int { Int(cairo_image_surface_get_width(pointer)) }
    public var imageHeight: Int { Int(cairo_image_surface_get_height(pointer)) }

    /// Encodes an image surface as PNG bytes.
    public func pngData() throws -> [UInt8] {
        final class Writer { var bytes: [UInt8] = [] }
        let writer = Writer()
        let box = Unmanaged.passRetained(writer)
        defer { box.release() }
        let status = cairo_surface_write_to_png_stream(pointer, { closure, data, length in
            let w = Unmanaged<Writer>.fromOpaque(closure!).takeUnretainedValue()
            if let data { w.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length))) }
            return CAIRO_STATUS_SUCCESS
        }, box.toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            throw GraphicsError.cairo(operation: "encode PNG", status: String(cString: cairo_status_to_string(status)))
        }
        return writer.bytes
    }

    /// Reads raw ARGB pixels of an image surface (premultiplied, native-endian 32-bit words).
    public func pixels() -> (width: Int, height: Int, stride: Int, data: [UInt8]) {
        cairo_surface_flush(pointer)
        let w = imageWidth, h = imageHeight, stride = Int(cairo_image_surface_get_stride(pointer))
        guard let base = cairo_image_surface_get_data(pointer) else { return (w, h, stride, []) }
        return (w, h, stride, Array(UnsafeBufferPointer(start: base, count: stride * h)))
    }

    /// Lends the raw ARGB pixels of an image surface in place (premultiplied, native-endian
    /// 32-bit words, `stride` bytes per row), without the copy `pixels()` makes: encoders read
    /// a whole page (≈ 8.7 MB at 150 dpi) once, and copying it cost as much as reading it.
    public func withPixels<R>(_ body: (_ width: Int, _ height: Int, _ stride: Int, _ data: UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        cairo_surface_flush(pointer)
        let w = imageWidth, h = imageHeight, stride = Int(cairo_image_surface_get_stride(pointer))
        guard let base = cairo_image_surface_get_data(pointer) else { return try body(w, h, stride, UnsafeRawBufferPointer(start: nil, count: 0)) }
        return try body(w, h, stride, UnsafeRawBufferPointer(start: base, count: stride * h))
    }

    /// Overwrites the pixels of an image surface with bytes in its own layout (same stride).
    public func replacePixels(_ bytes: [UInt8]) throws {
        cairo_surface_flush(pointer)
        let stride = Int(cairo_image_surface_get_stride(pointer))
        guard let base = cairo_image_surface_get_data(pointer), bytes.count == stride * imageHeight else {
            throw GraphicsError.unreadableImage("pixel buffer size does not match the image")
        }
        bytes.withUnsafeBufferPointer { base.update(from: $0.baseAddress!, count: bytes.count) }
        cairo_surface_mark_dirty(pointer)
    }

    /// Starts a new PDF page of the given size (PDF surfaces only).
    public func setPDFPageSize(width: Double, height: Double) {
        cairo_pdf_surface_set_size(pointer, width, height)
    }

    public func finish() throws {
        cairo_surface_finish(pointer)
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw GraphicsError.cairo(operation: "finish surface", status: String(cString: cairo_status_to_string(status)))
        }
    }
}

/// Bytes a Cairo stream surface wrote.
public final class ByteSink {
    public fileprivate(set) var bytes: [UInt8] = []
}
