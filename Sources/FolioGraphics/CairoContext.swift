//! Owner of a cairo_t; keeps its surface alive for as long as it draws on it.

import CCairo

/// A Cairo drawing context. The only code that destroys contexts.
public final class CairoContext {
    public let pointer: OpaquePointer
    /// Held so the surface cannot be destroyed before the context.
    public let surface: CairoSurface

    public init(surface: CairoSurface) throws {
        self.surface = surface
        self.pointer = cairo_create(surface.pointer)
        let status = cairo_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw GraphicsError.cairo(operation: "create context", status: String(cString: cairo_status_to_string(status)))
        }
    }

    deinit { cairo_destroy(pointer) }

    /// Throws when an earlier drawing operation put the context into an error state.
    public func check(_ operation: String) throws {
        let status = cairo_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw GraphicsError.cairo(operation: operation, status: String(cString: cairo_status_to_string(status)))
        }
    }
}
