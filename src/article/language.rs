//! The language of an article's text, detected offline with `whatlang`.

/// ISO 639-1 code of the text's language, when `whatlang` is confident.
pub fn language_of(text: &str) -> Option<String> {
    let sample: String = text.chars().take(4000).collect();
    let info = whatlang::detect(&sample)?;
    if !info.is_reliable() {
        return None;
    }
    Some(iso639_1(info.lang()).unwrap_or(info.lang().code()).to_string())
}

/// Two-letter codes for the languages whatlang knows that have one.
fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    const TABLE: &[(&str, &str)] = &[
        ("eng", "en"),
        ("fra", "fr"),
        ("deu", "de"),
        ("spa", "es"),
        ("ita", "it"),
        ("por", "pt"),
        ("nld", "nl"),
        ("rus", "ru"),
        ("ukr", "uk"),
        ("pol", "pl"),
        ("ces", "cs"),
        ("slk", "sk"),
        ("swe", "sv"),
        ("dan", "da"),
        ("nob", "nb"),
        ("fin", "fi"),
        ("est", "et"),
        ("lav", "lv"),
        ("lit", "lt"),
        ("hun", "hu"),
        ("ron", "ro"),
        ("bul", "bg"),
        ("hrv", "hr"),
        ("srp", "sr"),
        ("slv", "sl"),
        ("ell", "el"),
        ("tur", "tr"),
        ("ara", "ar"),
        ("heb", "he"),
        ("pes", "fa"),
        ("hin", "hi"),
        ("ben", "bn"),
        ("urd", "ur"),
        ("tam", "ta"),
        ("tel", "te"),
        ("mar", "mr"),
        ("cmn", "zh"),
        ("jpn", "ja"),
        ("kor", "ko"),
        ("vie", "vi"),
        ("tha", "th"),
        ("ind", "id"),
        ("zsm", "ms"),
        ("tgl", "tl"),
        ("swh", "sw"),
        ("afr", "af"),
        ("cat", "ca"),
        ("epo", "eo"),
        ("bel", "be"),
        ("kat", "ka"),
        ("hye", "hy"),
        ("aze", "az"),
        ("kaz", "kk"),
        ("uzb", "uz"),
    ];
    let code = lang.code();
    TABLE.iter().find(|(three, _)| *three == code).map(|(_, two)| *two)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages() {
        let fr = "Le conseil municipal a approuvé le budget mercredi matin après une longue séance de quatorze heures.";
        assert_eq!(language_of(fr).as_deref(), Some("fr"));
    }
}
