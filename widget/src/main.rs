//! The widget bundle's entry; the loader calls `mount` for each host element.
use waymark_widget as _;

/// A small free-list allocator (it coalesces freed blocks) instead of std's dlmalloc: the
/// widget's heap is small, and this is 0.5 KB brotli lighter (it keeps the bundle under 55).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the widget's wasm runs on the page's one thread (no wasm threads, no workers).
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    // Debug builds log a panic's message; release builds abort at once without one
    // (`panic = immediate-abort`, scripts/env.sh), so there is nothing to hook.
    #[cfg(all(target_arch = "wasm32", debug_assertions))]
    console_error_panic_hook::set_once();
}
