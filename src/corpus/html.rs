//! HTML pages → plain text: tags dropped, `<script>`/`<style>` contents and
//! comments removed, common entities decoded, block tags turned into line
//! breaks so that sentences and line numbers stay meaningful.
//!
//! A small hand-written scanner, not a parser: news pages saved from a
//! browser only need their prose, and a scanner cannot fail on bad markup.

/// True when the file is HTML: named `*.html`/`*.htm`, or its text starts
/// (after whitespace) with `<!doctype` or `<html` (any case).
pub fn is_html(name: &str, text: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        return true;
    }
    let head = text.trim_start();
    let head = head.get(..9).unwrap_or(head).to_ascii_lowercase();
    head.starts_with("<!doctype") || head.starts_with("<html")
}

/// Tags whose start or end becomes a line break.
const BLOCK: [&str; 12] = ["p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "title"];

/// The text of an HTML page.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    while i < html.len() {
        let Some(rel) = html[i..].find('<') else {
            out.push_str(&decode_entities(&html[i..]));
            break;
        };
        out.push_str(&decode_entities(&html[i..i + rel]));
        i += rel;
        if lower[i..].starts_with("<!--") {
            i = lower[i..].find("-->").map_or(html.len(), |e| i + e + 3);
            continue;
        }
        let Some(close) = html[i..].find('>') else {
            // A lone `<` with no end: keep it as text.
            out.push_str(&decode_entities(&html[i..]));
            break;
        };
        let tag = &lower[i + 1..i + close];
        let name: String =
            tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '!').collect();
        i += close + 1;
        if (name == "script" || name == "style") && !tag.starts_with('/') {
            let end = format!("</{name}");
            i = lower[i..].find(&end).map_or(html.len(), |e| {
                let at = i + e;
                lower[at..].find('>').map_or(html.len(), |g| at + g + 1)
            });
            continue;
        }
        if BLOCK.contains(&name.as_str()) && !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
    }
    out
}

/// Decodes `&amp; &lt; &gt; &quot; &#39; &apos; &nbsp;` and numeric
/// entities; anything else is left as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        // Only a short name can follow: looking further would make a text
        // full of bare `&` quadratic.
        let end = rest.as_bytes()[..rest.len().min(11)].iter().position(|&b| b == b';');
        let decoded = end.and_then(|e| entity(&rest[1..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The Latin-1 letter entities (`eacute` → é, `Uuml` → Ü, `ccedil` → ç), `name=char` pairs.
const LETTERS: &str = "Agrave=À Aacute=Á Acirc=Â Atilde=Ã Auml=Ä Aring=Å Ccedil=Ç Egrave=È Eacute=É Ecirc=Ê Euml=Ë \
     Igrave=Ì Iacute=Í Icirc=Î Iuml=Ï Ntilde=Ñ Ograve=Ò Oacute=Ó Ocirc=Ô Otilde=Õ Ouml=Ö Ugrave=Ù \
     Uacute=Ú Ucirc=Û Uuml=Ü Yacute=Ý agrave=à aacute=á acirc=â atilde=ã auml=ä aring=å ccedil=ç \
     egrave=è eacute=é ecirc=ê euml=ë igrave=ì iacute=í icirc=î iuml=ï ntilde=ñ ograve=ò oacute=ó \
     ocirc=ô otilde=õ ouml=ö ugrave=ù uacute=ú ucirc=û uuml=ü yacute=ý yuml=ÿ";

/// A Latin-1 letter entity's character.
fn accented(name: &str) -> Option<char> {
    LETTERS.split_whitespace().find_map(|pair| pair.strip_prefix(name)?.strip_prefix('=')?.chars().next())
}

/// The character an entity name (between `&` and `;`) stands for.
fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        "ndash" => Some('\u{2013}'),
        "mdash" => Some('\u{2014}'),
        "lsquo" => Some('\u{2018}'),
        "rsquo" => Some('\u{2019}'),
        "ldquo" => Some('\u{201c}'),
        "rdquo" => Some('\u{201d}'),
        "hellip" => Some('\u{2026}'),
        "bull" => Some('\u{2022}'),
        "euro" => Some('\u{20ac}'),
        "pound" => Some('\u{a3}'),
        "copy" => Some('\u{a9}'),
        "deg" => Some('\u{b0}'),
        "szlig" => Some('\u{df}'),
        _ if name.len() >= 4 && !name.starts_with('#') => accented(name),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code).filter(|&c| c != '\0')
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_letters_and_punctuation() {
        assert_eq!(
            decode_entities("caf&eacute; &Uuml;ber &ccedil;a &ldquo;x&rdquo; &mdash; &bogus; &"),
            "café Über ça “x” — &bogus; &"
        );
    }

    #[test]
    fn detects_html() {
        assert!(is_html("a.HTML", "x"));
        assert!(is_html("a.htm", "x"));
        assert!(is_html("a.txt", "\n  <!DOCTYPE html><p>x"));
        assert!(is_html("a.txt", "<Html>"));
        assert!(!is_html("a.txt", "plain <html> later"));
    }

    #[test]
    fn strips_tags_scripts_and_entities() {
        let html = "<!doctype html><html><head><title>T</title><style>p{}</style>\
                    <script>var x = '<p>';</script></head><body><!-- note -->\
                    <h1>Talks &amp; war</h1><p>Kerry&nbsp;said &quot;no&quot; &#39;x&#39; &#233;&#xE9; &bogus; a&lt;b</p>\
                    <ul><li>one</li><li>two<br>three</li></ul></body></html>";
        assert_eq!(to_text(html), "T\nTalks & war\nKerry said \"no\" 'x' éé &bogus; a<b\none\ntwo\nthree\n");
    }

    #[test]
    fn bad_markup_does_not_panic() {
        assert_eq!(to_text("a < b"), "a < b");
        assert_eq!(to_text("<script>never closed"), "");
        assert_eq!(to_text("x<!-- open"), "x");
        assert_eq!(decode_entities("&#xFFFFFFFF; &#0; &"), "&#xFFFFFFFF; &#0; &");
    }
}
