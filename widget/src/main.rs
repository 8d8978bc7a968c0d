//! The widget bundle's entry; the loader calls `mount` for each host element.
use waymark_widget as _;

fn main() {
    #[cfg(target_arch = "wasm32")]
    console_error_panic_hook::set_once();
}
