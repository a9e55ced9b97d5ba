import Foundation

/// Hostile archives made in the tests: zip bombs, gzip bombs and zips with unsafe entry names.
enum HostileArchives {
    /// A raw deflate stream that inflates to one zero byte plus `matches` × 258 zero bytes.
    ///
    /// One dynamic-Huffman block whose length code 285 (258 bytes) and distance code 0 (one back)
    /// both have one-bit codes: two bits of input per 258 bytes of output, a ratio of about 1000:1.
    /// After the header every match is the bit pair `00`, so the body is plain zero bytes.
    static func deflatedZeros(matches: Int) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(2, count: 2)  // BTYPE = dynamic
        bits.write(29, count: 5)  // HLIT: 286 literal/length codes
        bits.write(0, count: 5)  // HDIST: 1 distance code
        bits.write(14, count: 4)  // HCLEN: 18 code-length codes
        // Code-length code lengths in the format's order 16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1:
        // symbol 18 (a run of zeros) gets 1 bit, symbols 1 and 2 get 2 bits.
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]
        let lengths: [Int: UInt32] = [18: 1, 1: 2, 2: 2]
        for symbol in order { bits.write(lengths[symbol] ?? 0, count: 3) }
        // Canonical codes: 18 → 0, 1 → 10, 2 → 11 (written most significant bit first).
        func cl(_ symbol: Int) {
            switch symbol {
            case 18: bits.huffman(0b0, length: 1)
            case 1: bits.huffman(0b10, length: 2)
            default: bits.huffman(0b11, length: 2)
            }
        }
        // Literal/length lengths: 0 → 2, 1…255 → 0, 256 → 2, 257…284 → 0, 285 → 1; distance 0 → 1.
        cl(2)
        cl(18); bits.write(138 - 11, count: 7)
        cl(18); bits.write(117 - 11, count: 7)
        cl(2)
        cl(18); bits.write(28 - 11, count: 7)
        cl(1)
        cl(1)
        // Data: literal 0 (code 10), then the matches (285 → 0, distance 0 → 0), then end (code 11).
        bits.huffman(0b10, length: 2)
        var pending = 2 * matches
        while pending > 0 && bits.bitCount % 8 != 0 {
            bits.write(0, count: 1)
            pending -= 1
        }
        bits.appendZeroBytes(pending / 8)
        bits.write(0, count: pending % 8)
        bits.huffman(0b11, length: 2)
        return bits.bytes
    }

    /// A zip of one deflated entry whose central directory and local header claim `declaredSize`.
    static func zip(name: String, deflated: [UInt8], declaredSize: UInt32) -> [UInt8] {
        var out = Bytes()
        let nameBytes = Array(name.utf8)
        out.u32(0x0403_4B50)
        out.u16(20); out.u16(0); out.u16(8); out.u16(0); out.u16(0x21)  // version, flags, deflate, time, date
        out.u32(0); out.u32(UInt32(deflated.count)); out.u32(declaredSize)  // crc (never reached), sizes
        out.u16(UInt16(nameBytes.count)); out.u16(0)
        out.bytes += nameBytes + deflated
        let central = out.bytes.count
        out.u32(0x0201_4B50)
        out.u16(0x031E); out.u16(20); out.u16(0); out.u16(8); out.u16(0); out.u16(0x21)
        out.u32(0); out.u32(UInt32(deflated.count)); out.u32(declaredSize)
        out.u16(UInt16(nameBytes.count)); out.u16(0); out.u16(0); out.u16(0); out.u16(0)
        out.u32(0o100644 << 16); out.u32(0)
        out.bytes += nameBytes
        let size = out.bytes.count - central
        out.u32(0x0605_4B50)
        out.u16(0); out.u16(0); out.u16(1); out.u16(1)
        out.u32(UInt32(size)); out.u32(UInt32(central)); out.u16(0)
        return out.bytes
    }

    /// A gzip member around a raw deflate stream (CRC and size deliberately wrong: never reached).
    static func gzip(_ deflated: [UInt8]) -> [UInt8] {
        [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + deflated + [UInt8](repeating: 0, count: 8)
    }

    private struct Bytes {
        var bytes: [UInt8] = []
        mutating func u16(_ v: UInt16) { bytes += [UInt8(v & 0xFF), UInt8(v >> 8)] }
        mutating func u32(_ v: UInt32) { for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((v >> UInt32(shift)) & 0xFF)) } }
    }

    /// Bits in deflate's order: values least significant bit first, Huffman codes most significant first.
    private struct BitWriter {
        var bytes: [UInt8] = []
        var bitCount = 0

        mutating func write(_ value: UInt32, count: Int) {
            for i in 0..<count { put((value >> UInt32(i)) & 1 == 1) }
        }

        mutating func huffman(_ code: UInt32, length: Int) {
            for i in stride(from: length - 1, through: 0, by: -1) { put((code >> UInt32(i)) & 1 == 1) }
        }

        /// Whole zero bytes, at a byte boundary.
        mutating func appendZeroBytes(_ n: Int) {
            precondition(bitCount % 8 == 0)
            bytes += [UInt8](repeating: 0, count: n)
            bitCount += 8 * n
        }

        private mutating func put(_ bit: Bool) {
            if bitCount % 8 == 0 { bytes.append(0) }
            if bit { bytes[bytes.count - 1] |= UInt8(1 << (bitCount % 8)) }
            bitCount += 1
        }
    }
}
