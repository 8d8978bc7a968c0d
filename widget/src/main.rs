//! The widget bundle's entry; the loader calls `mount` for each host element.
use waymark_widget as _;

fn main() {
    // Debug builds log a panic's message; release builds abort at once without one
    // (`panic = immediate-abort`, scripts/env.sh), so there is nothing to hook.
    #[cfg(all(target_arch = "wasm32", debug_assertions))]
    console_error_panic_hook::set_once();
}
