//! A picture from a file as figure content: drawn at a share of the width, keeping its aspect ratio.

import FolioPage

/// An image file's bytes drawn into a figure frame. The width is `widthFraction` of the
/// width layout offers, centred; the height follows from the pixel aspect ratio.
public struct ImageFigure: FigureContent, Hashable {
    public var source: ImageItem.Source
    public var pixelWidth: Int
    public var pixelHeight: Int
    public var widthFraction: Double
    public var altText: String

    public init(source: ImageItem.Source, pixelWidth: Int, pixelHeight: Int, widthFraction: Double = 1, altText: String) {
        self.source = source; self.pixelWidth = pixelWidth; self.pixelHeight = pixelHeight
        self.widthFraction = widthFraction; self.altText = altText
    }

    public func render(width: Double, height: Double?, context: any FigureContext) throws -> Frame {
        let w = width * min(1, max(0.01, widthFraction))
        let h = height ?? w * Double(max(1, pixelHeight)) / Double(max(1, pixelWidth))
        let frame = Rect(x: (width - w) / 2, y: 0, width: w, height: h)
        return Frame(size: Size(width: width, height: h), items: [.image(ImageItem(frame: frame, source: source, altText: altText))])
    }
}
