//! Moving items: layout builds boxes at the origin and places them by translation.

extension PageItem {
    /// The item moved by (dx, dy).
    public func translated(dx: Double, dy: Double) -> PageItem {
        switch self {
        case .text(var line):
            line.origin = line.origin.offset(dx: dx, dy: dy)
            if let frame = line.frame { line.frame?.rect = frame.rect.offsetBy(dx: dx, dy: dy) }
            return .text(line)
        case .shape(var shape):
            shape.path = shape.path.transformed(.translation(dx, dy))
            return .shape(shape)
        case .image(var image):
            image.frame = image.frame.offsetBy(dx: dx, dy: dy)
            return .image(image)
        case .link(let rect, let target):
            return .link(rect.offsetBy(dx: dx, dy: dy), target)
        case .anchor(let name, let p):
            return .anchor(name, p.offset(dx: dx, dy: dy))
        case .beginTag(var tag):
            tag.bbox = tag.bbox?.offsetBy(dx: dx, dy: dy)
            return .beginTag(tag)
        case .outline, .endTag:
            return self
        case .group(var group):
            var t = group.transform
            t.tx += dx; t.ty += dy
            group.transform = t
            return .group(group)
        }
    }
}

extension Array where Element == PageItem {
    public func translated(dx: Double, dy: Double) -> [PageItem] {
        if dx == 0 && dy == 0 { return self }
        return map { $0.translated(dx: dx, dy: dy) }
    }
}
