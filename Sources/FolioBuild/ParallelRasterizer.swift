//! Rasterises pages to PNG on several threads; the result is identical to a serial run.

import FolioExport
import FolioPage
import Foundation

/// Renders pages to PNG bytes with `jobs` workers and writes `page-NNN.png` files in order.
public struct ParallelRasterizer: Sendable {
    public var dpi: Double
    public var jobs: Int
    public init(dpi: Double, jobs: Int) { self.dpi = dpi; self.jobs = max(1, jobs) }

    private final class Images: @unchecked Sendable {
        let lock = NSLock()
        var byIndex: [Int: [UInt8]] = [:]
    }

    public func render(_ pages: [Page]) throws -> [[UInt8]] {
        let images = Images()
        let exporter = PNGExporter(dpi: dpi)
        try Parallel.forEach(pages.count, jobs: jobs) { i in
            let png = try exporter.render(pages[i])
            images.lock.lock(); images.byIndex[i] = png; images.lock.unlock()
        }
        return pages.indices.map { images.byIndex[$0]! }
    }

    public func write(_ pages: [Page], toDirectory directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var paths: [String] = []
        for (i, png) in try render(pages).enumerated() {
            let path = directory + "/" + PNGExporter.fileName(page: i + 1)
            try Data(png).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        return paths
    }
}
