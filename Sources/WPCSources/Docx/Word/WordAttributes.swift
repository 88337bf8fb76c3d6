import CLibXML2
import Foundation

/// The attributes of one start tag as libxml2 passes them (five pointers
/// each: local name, prefix, URI, value start, value end), read by local name
/// whatever their prefix.
struct WordAttributes {
    let pointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// The value of the attribute whose local name is `name`, if present. With
    /// entity substitution off, libxml2 hands an ampersand on as `&#38;`.
    func value(_ name: StaticString) -> String? {
        guard let value = bytes(name) else { return nil }
        let text = String(decoding: value, as: UTF8.self)
        return value.contains(UInt8(ascii: "&")) ? text.replacingOccurrences(of: "&#38;", with: "&") : text
    }

    /// The raw bytes of the attribute's value, valid during the callback.
    func bytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let pointers else { return nil }
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        for index in 0..<count {
            guard let local = pointers[5 * index], let start = pointers[5 * index + 3], let end = pointers[5 * index + 4] else { continue }
            if WordAttributes.equal(local, wanted) { return UnsafeBufferPointer(start: start, count: end - start) }
        }
        return nil
    }

    /// An on/off property (`w:val` of `w:b`, `w:tblHeader`, …): on when the
    /// attribute is absent or reads true, 1 or on.
    func isOn(_ name: StaticString = "val") -> Bool {
        guard let value = bytes(name) else { return true }
        return !(value.elementsEqual("false".utf8) || value.elementsEqual("0".utf8) || value.elementsEqual("off".utf8))
    }

    /// The attribute as a whole number, if it is one.
    func integer(_ name: StaticString = "val") -> Int? { value(name).flatMap { Int($0) } }

    private static func equal(_ cString: UnsafePointer<UInt8>, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<wanted.count where cString[index] != wanted[index] { return false }
        return cString[wanted.count] == 0
    }
}
