//! The scenario parser never panics, and every error it reports points inside the input and
//! renders.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // strace output is imported first, as mmlab does.
    let text = if scenario::strace::looks_like_strace(text) {
        scenario::strace::import(text)
    } else {
        text.to_string()
    };
    if let Err(e) = scenario::parse("fuzz.mms", &text) {
        assert!(e.line >= 1 && e.line <= text.split('\n').count().max(1));
        let _ = e.render(scenario::Color::Plain);
    }
});
