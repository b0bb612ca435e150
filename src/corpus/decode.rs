//! Bytes → UTF-8 text: refuse binary files, strip a UTF-8 BOM, decode
//! UTF-16 with a BOM, and guess the encoding of anything that is not UTF-8
//! (chardetng + encoding_rs) rather than refuse it.
//!
//! Every function here is pure: the caller reads the file and turns a
//! skip reason or a note into a [`Warning`](super::Warning).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE};

/// How many leading bytes are searched for a NUL byte.
const SNIFF: usize = 8 * 1024;

/// The message for a skipped binary file.
pub const BINARY: &str = "binary file skipped";
/// The message for a skipped empty file.
pub const EMPTY: &str = "empty file skipped";

/// Bytes decoded to text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text (never empty or whitespace-only).
    pub text: String,
    /// What was repaired on the way (`not UTF-8; decoded as windows-1252`).
    pub note: Option<String>,
}

/// True when `bytes` look like a binary file: a NUL byte in the first 8 KiB,
/// or the magic header of a PNG, PDF, ZIP, GIF or JPEG file.
pub fn is_binary(bytes: &[u8]) -> bool {
    const MAGIC: [&[u8]; 7] =
        [b"\x89PNG", b"%PDF", b"PK\x03\x04", b"PK\x05\x06", b"GIF87a", b"GIF89a", b"\xFF\xD8\xFF"];
    MAGIC.iter().any(|m| bytes.starts_with(m)) || memchr::memchr(0, &bytes[..bytes.len().min(SNIFF)]).is_some()
}

/// Decodes a file's bytes. `Err` carries the one-line reason to skip it
/// ([`BINARY`] or [`EMPTY`]).
///
/// `truncated` says the bytes are only the start of the file: an incomplete
/// UTF-8 sequence at the very end is then dropped instead of making the whole
/// file look like another encoding.
pub fn decode(mut bytes: Vec<u8>, truncated: bool) -> Result<Decoded, String> {
    let utf16 = if bytes.starts_with(b"\xFF\xFE") {
        Some(UTF_16LE)
    } else if bytes.starts_with(b"\xFE\xFF") {
        Some(UTF_16BE)
    } else {
        None
    };
    let decoded = if let Some(enc) = utf16 {
        let (text, _) = enc.decode_with_bom_removal(&bytes);
        Decoded { text: text.into_owned(), note: None }
    } else if is_binary(&bytes) {
        return Err(BINARY.to_string());
    } else {
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
        }
        // Valid UTF-8 (nearly every file) keeps its buffer: no copy.
        match String::from_utf8(bytes) {
            Ok(text) => Decoded { text, note: None },
            Err(e) => {
                let (e, bytes) = (e.utf8_error(), e.into_bytes());
                if truncated && e.error_len().is_none() {
                    Decoded { text: String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned(), note: None }
                } else {
                    mostly_utf8(&bytes, e.valid_up_to()).unwrap_or_else(|| guess(&bytes))
                }
            }
        }
    };
    if decoded.text.trim().is_empty() {
        return Err(EMPTY.to_string());
    }
    Ok(decoded)
}

/// UTF-8 text with a few broken sequences (a bad copy, a cut mid-character):
/// when valid multi-byte characters outnumber the broken sequences, the
/// text is UTF-8 and only the broken bytes become U+FFFD. The note names
/// the first broken place (line, and column in characters). `None`: not
/// UTF-8 at all (a legacy encoding, to be guessed).
fn mostly_utf8(bytes: &[u8], first_bad: usize) -> Option<Decoded> {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    if valid <= invalid {
        return None;
    }
    let line_start = memchr::memrchr(b'\n', &bytes[..first_bad]).map_or(0, |p| p + 1);
    let line = memchr::memchr_iter(b'\n', &bytes[..first_bad]).count() + 1;
    let col = String::from_utf8_lossy(&bytes[line_start..first_bad]).chars().count() + 1;
    let s = if invalid == 1 { "" } else { "s" };
    Some(Decoded {
        text: String::from_utf8_lossy(bytes).into_owned(),
        note: Some(format!(
            "invalid UTF-8 at line {line}, column {col} ({invalid} broken sequence{s} replaced with U+FFFD)"
        )),
    })
}

/// Below one non-ASCII byte in this many, chardetng's guess rests on too
/// little evidence (the FA-KES table has 123 stray bytes in 1.6 MB and is
/// guessed as IBM866); windows-1252, the usual legacy encoding of English
/// news, is used instead.
const SPARSE: usize = 1000;

/// Decodes bytes that are not UTF-8 with the encoding chardetng guesses
/// (windows-1252 when non-ASCII bytes are too sparse to guess from).
fn guess(bytes: &[u8]) -> Decoded {
    let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    let enc: &'static Encoding = if non_ascii.saturating_mul(SPARSE) < bytes.len() {
        encoding_rs::WINDOWS_1252
    } else {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        detector.guess(None, chardetng::Utf8Detection::Deny)
    };
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Decoded { text: text.into_owned(), note: Some(format!("not UTF-8; decoded as {}", enc.name().to_lowercase())) }
}

/// Cuts `text` to at most `max` bytes at a char boundary (`max == 0`: no
/// limit). Returns the number of bytes kept when it cut.
pub fn cut(text: &mut String, max: usize) -> Option<usize> {
    if max == 0 || text.len() <= max {
        return None;
    }
    let keep = crate::text::lines::floor_char_boundary(text, max);
    text.truncate(keep);
    Some(keep)
}

/// The warning message for a document cut by `--max-doc-bytes`.
pub fn cut_message(total: u64, kept: usize) -> String {
    format!("document is {total} bytes; read only the first {kept} (--max-doc-bytes)")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(bytes: &[u8]) -> Decoded {
        match decode(bytes.to_vec(), false) {
            Ok(d) => d,
            Err(e) => panic!("skipped: {e}"),
        }
    }

    #[test]
    fn plain_utf8_and_bom() {
        assert_eq!(ok(b"hello\r\nworld\r"), Decoded { text: "hello\r\nworld\r".into(), note: None });
        assert_eq!(ok(b"\xEF\xBB\xBFcaf\xC3\xA9"), Decoded { text: "café".into(), note: None });
    }

    #[test]
    fn utf16_with_bom() {
        let le: Vec<u8> =
            b"\xFF\xFE".iter().copied().chain("Kerry é".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> =
            b"\xFE\xFF".iter().copied().chain("Kerry é".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(ok(&le).text, "Kerry é");
        assert_eq!(ok(&be).text, "Kerry é");
    }

    #[test]
    fn latin1_is_guessed() {
        let d = ok(b"Le caf\xE9 na\xEFf de la r\xE9publique \xE9tait ferm\xE9.");
        assert_eq!(d.text, "Le café naïf de la république était fermé.");
        assert_eq!(d.note.as_deref(), Some("not UTF-8; decoded as windows-1252"));
    }

    #[test]
    fn sparse_stray_bytes_are_windows_1252() {
        let mut bytes = b"x".repeat(2000);
        bytes.extend_from_slice(b" \x95\x81 end");
        let d = ok(&bytes);
        assert!(d.text.ends_with(" \u{2022}\u{81} end"), "{:?}", &d.text[1990..]);
        assert_eq!(d.note.as_deref(), Some("not UTF-8; decoded as windows-1252"));
        let cyrillic = b"\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0";
        assert_eq!(ok(cyrillic).note.as_deref(), Some("not UTF-8; decoded as windows-1251"));
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert_eq!(decode(b"abc\0def".to_vec(), false), Err("binary file skipped".to_string()));
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n".to_vec(), false), Err("binary file skipped".to_string()));
        assert_eq!(decode(b"%PDF-1.4 text".to_vec(), false), Err("binary file skipped".to_string()));
        assert_eq!(decode(b"PK\x03\x04rest".to_vec(), false), Err("binary file skipped".to_string()));
        assert_eq!(decode(b"GIF89a".to_vec(), false), Err("binary file skipped".to_string()));
        assert_eq!(decode(b"\xFF\xD8\xFF\xE0".to_vec(), false), Err("binary file skipped".to_string()));
        assert_eq!(decode(b"".to_vec(), false), Err("empty file skipped".to_string()));
        assert_eq!(decode(b" \r\n\t ".to_vec(), false), Err("empty file skipped".to_string()));
        assert_eq!(decode(b"\xEF\xBB\xBF\n".to_vec(), false), Err("empty file skipped".to_string()));
    }

    #[test]
    fn utf8_with_a_broken_byte_stays_utf8() {
        // “quotes” are valid UTF-8; one stray 0xFF on line 2 after "ab ".
        let mut bytes = "“a”\nab ".as_bytes().to_vec();
        bytes.push(0xFF);
        let d = ok(&bytes);
        assert_eq!(d.text, "“a”\nab \u{fffd}");
        assert_eq!(
            d.note.as_deref(),
            Some("invalid UTF-8 at line 2, column 4 (1 broken sequence replaced with U+FFFD)")
        );
    }

    #[test]
    fn truncated_utf8_drops_the_partial_char() {
        // "café" cut inside the é.
        let d = decode(b"caf\xC3".to_vec(), true).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d, Decoded { text: "caf".into(), note: None });
    }

    #[test]
    fn cut_at_char_boundary() {
        let mut t = "aé b".to_string();
        assert_eq!(cut(&mut t, 2), Some(1));
        assert_eq!(t, "a");
        let mut t = "abc".to_string();
        assert_eq!(cut(&mut t, 0), None);
        assert_eq!(cut(&mut t, 3), None);
        assert_eq!(cut_message(10, 4), "document is 10 bytes; read only the first 4 (--max-doc-bytes)");
    }
}
