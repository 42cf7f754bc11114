//! How far apart two colours look: CIEDE2000 in CIELAB, also as seen with a colour-vision deficiency.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FolioPage

/// Perceptual colour difference, for checking that a palette's colours stay apart.
///
/// ΔE₀₀ (CIEDE2000, Sharma, Wu & Dalal 2005) on CIELAB under D65; a difference of about 2
/// is just noticeable, 10 or more reads as clearly different colours. Deficiencies are
/// simulated with the full-severity matrices of Machado, Oliveira & Fernandes (2009), applied
/// in linear RGB.
public enum ColorDifference {
    /// Common colour-vision deficiencies (dichromacy, the strongest form of each).
    public enum Vision: String, CaseIterable, Sendable {
        case normal, protanopia, deuteranopia, tritanopia

        var matrix: [[Double]] {
            switch self {
            case .normal: return [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
            case .protanopia: return [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
            case .deuteranopia: return [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
            case .tritanopia: return [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
            }
        }
    }

    static func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
    static func encoded(_ c: Double) -> Double {
        let x = max(0, min(1, c))
        return x <= 0.0031308 ? 12.92 * x : 1.055 * pow(x, 1 / 2.4) - 0.055
    }

    /// The colour as a reader with `vision` sees it.
    public static func simulate(_ color: Color, _ vision: Vision) -> Color {
        let rgb = [linear(color.red), linear(color.green), linear(color.blue)]
        let m = vision.matrix
        let out = m.map { row in encoded(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]) }
        return Color(red: out[0], green: out[1], blue: out[2])
    }

    /// CIELAB (L*, a*, b*) under D65.
    public static func lab(_ color: Color) -> (l: Double, a: Double, b: Double) {
        let r = linear(color.red), g = linear(color.green), b = linear(color.blue)
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    /// CIEDE2000 difference of two colours as seen with `vision`.
    public static func deltaE(_ c1: Color, _ c2: Color, vision: Vision = .normal) -> Double {
        deltaE(lab: lab(simulate(c1, vision)), lab(simulate(c2, vision)))
    }

    /// CIEDE2000 difference of two CIELAB colours.
    public static func deltaE(lab p: (l: Double, a: Double, b: Double), _ q: (l: Double, a: Double, b: Double)) -> Double {
        let deg = Double.pi / 180
        let c1 = (p.a * p.a + p.b * p.b).squareRoot(), c2 = (q.a * q.a + q.b * q.b).squareRoot()
        let cMean7 = pow((c1 + c2) / 2, 7)
        let g = 0.5 * (1 - (cMean7 / (cMean7 + pow(25, 7))).squareRoot())
        let a1 = (1 + g) * p.a, a2 = (1 + g) * q.a
        let c1p = (a1 * a1 + p.b * p.b).squareRoot(), c2p = (a2 * a2 + q.b * q.b).squareRoot()
        func hue(_ b: Double, _ a: Double) -> Double {
            let h = atan2(b, a) / deg
            return h < 0 ? h + 360 : h
        }
        let h1 = hue(p.b, a1), h2 = hue(q.b, a2)
        let dL = q.l - p.l, dC = c2p - c1p
        var dh = h2 - h1
        if c1p * c2p == 0 { dh = 0 } else if dh > 180 { dh -= 360 } else if dh < -180 { dh += 360 }
        let dH = 2 * (c1p * c2p).squareRoot() * sin(dh / 2 * deg)
        let lMean = (p.l + q.l) / 2, cpMean = (c1p + c2p) / 2
        var hMean = h1 + h2
        if c1p * c2p != 0 {
            hMean = abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : (h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2)
        }
        let t = 1 - 0.17 * cos((hMean - 30) * deg) + 0.24 * cos(2 * hMean * deg) + 0.32 * cos((3 * hMean + 6) * deg)
            - 0.20 * cos((4 * hMean - 63) * deg)
        let dTheta = 30 * exp(-pow((hMean - 275) / 25, 2))
        let cp7 = pow(cpMean, 7)
        let rC = 2 * (cp7 / (cp7 + pow(25, 7))).squareRoot()
        let sL = 1 + 0.015 * pow(lMean - 50, 2) / (20 + pow(lMean - 50, 2)).squareRoot()
        let sC = 1 + 0.045 * cpMean, sH = 1 + 0.015 * cpMean * t
        let rT = -sin(2 * dTheta * deg) * rC
        let l = dL / sL, c = dC / sC, h = dH / sH
        return (l * l + c * c + h * h + rT * c * h).squareRoot()
    }

    /// The smallest difference between any two of `colors` as seen with `vision`, and the pair.
    public static func closestPair(_ colors: [Color], vision: Vision = .normal) -> (deltaE: Double, first: Int, second: Int)? {
        var best: (Double, Int, Int)?
        for i in colors.indices {
            for j in colors.indices where j > i {
                let d = deltaE(colors[i], colors[j], vision: vision)
                if best == nil || d < best!.0 { best = (d, i, j) }
            }
        }
        return best.map { (deltaE: $0.0, first: $0.1, second: $0.2) }
    }
}
