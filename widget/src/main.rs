//! The widget binary: the real work happens in `mount`, which the loader calls per host.

use waymark_widget as _;

fn main() {
    console_error_panic_hook::set_once();
}
