import Foundation

/// A binary PPM image (`P6`, 8 bits a channel), as `pdftoppm` writes it.
struct PixelMap {
    var width: Int
    var height: Int
    var pixels: Data

    init?(ppm data: Data) {
        // The header: "P6", width, height, maximum value, each after white space; then one byte of white space.
        var fields: [Int] = []
        var index = data.startIndex
        guard data.count > 2, data[index] == UInt8(ascii: "P"), data[index + 1] == UInt8(ascii: "6") else { return nil }
        index += 2
        while fields.count < 3, index < data.endIndex {
            while index < data.endIndex, data[index] == 0x20 || data[index] == 0x0A || data[index] == 0x0D || data[index] == 0x09 { index += 1 }
            var value = 0, digits = 0
            while index < data.endIndex, data[index] >= 0x30, data[index] <= 0x39 {
                value = value * 10 + Int(data[index] - 0x30)
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            fields.append(value)
        }
        guard fields.count == 3, fields[2] == 255, index < data.endIndex else { return nil }
        index += 1
        width = fields[0]
        height = fields[1]
        pixels = data[index...]
        guard pixels.count >= width * height * 3 else { return nil }
    }

    /// Whether some pixel is clearly coloured: its channels differ by more than grey anti-aliasing would make them.
    var hasColour: Bool {
        pixels.withUnsafeBytes { bytes -> Bool in
            var index = 0
            while index + 2 < bytes.count {
                let r = Int(bytes[index]), g = Int(bytes[index + 1]), b = Int(bytes[index + 2])
                if max(r, g, b) - min(r, g, b) > 80 { return true }
                index += 3
            }
            return false
        }
    }
}
