//! Rasterises pages to PNG on several threads; the result is identical to a serial run.

import FolioCore
import FolioExport
import FolioPage
import Foundation

/// Renders pages to PNG bytes with `jobs` workers and writes `page-NNN.png` files in order.
public struct ParallelRasterizer: Sendable {
    public var dpi: Double
    public var jobs: Int
    public init(dpi: Double, jobs: Int) { self.dpi = dpi; self.jobs = max(1, jobs) }

    public func render(_ pages: [Page]) throws -> [[UInt8]] {
        let images = WorkerSlots<[UInt8]>(count: pages.count)
        let exporter = PNGExporter(dpi: dpi)
        try Parallel.forEach(pages.count, jobs: jobs) { i in images.store(i, try exporter.render(pages[i])) }
        return images.values.map { $0! }
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
