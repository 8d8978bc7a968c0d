//! The sign-in page: one field, the merchant API key.

use super::html::{notice, page, Chrome, Ui};
use waymark_shared::words::console::ConsoleId;

/// The page, with a notice (wrong key, too many attempts, signed out) when there is one.
pub fn render(ui: &Ui, message: Option<(String, bool)>) -> String {
    let mut main = String::new();
    main.push_str(&format!("<h1>{}</h1>", ui.t(ConsoleId::ConsoleLoginTitle)));
    if let Some((text, alert)) = message {
        main.push_str(&notice(&text, alert));
    }
    main.push_str(&format!(
        r#"<form method="post" action="/console/login" class="login"><label for="key">{}</label><input id="key" name="key" type="password" autocomplete="current-password" required maxlength="512" aria-describedby="key-help"><p id="key-help" class="help">{}</p><button type="submit">{}</button></form>"#,
        ui.t(ConsoleId::ConsoleLoginKey),
        ui.t(ConsoleId::ConsoleLoginHelp),
        ui.t(ConsoleId::ConsoleLoginSubmit),
    ));
    page(
        ui,
        &ui.words.t(ConsoleId::ConsoleLoginTitle, ui.fmt),
        Chrome::Bare,
        &main,
    )
}
