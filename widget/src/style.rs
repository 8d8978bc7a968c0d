//! The widget's stylesheet, injected into its shadow root. Themable through CSS custom
//! properties set on the host element (they inherit through the shadow boundary).

/// The stylesheet.
pub const CSS: &str = r#"
:host { display: block; }
.wm { --wm-bg: var(--waymark-bg, #ffffff); --wm-fg: var(--waymark-fg, #1d232b); --wm-muted: var(--waymark-muted, #4d5866);
  --wm-accent: var(--waymark-accent, #1f6f43); --wm-warn-bg: var(--waymark-warn-bg, #fff4e5); --wm-warn-fg: var(--waymark-warn-fg, #6b3a00);
  --wm-line: var(--waymark-line, #d9dee4); --wm-radius: var(--waymark-radius, 10px);
  font: 15px/1.5 var(--waymark-font, system-ui, -apple-system, "Segoe UI", sans-serif);
  color: var(--wm-fg); background: var(--wm-bg); border-radius: var(--wm-radius); padding: 14px 16px; box-sizing: border-box; }
.wm[data-theme="dark"] { --wm-bg: var(--waymark-bg, #15191e); --wm-fg: var(--waymark-fg, #eef1f4); --wm-muted: var(--waymark-muted, #b3bcc6);
  --wm-accent: var(--waymark-accent, #6fd59b); --wm-warn-bg: var(--waymark-warn-bg, #3a2a10); --wm-warn-fg: var(--waymark-warn-fg, #ffd79a); --wm-line: var(--waymark-line, #38414b); }
@media (prefers-color-scheme: dark) {
  .wm[data-theme="auto"] { --wm-bg: var(--waymark-bg, #15191e); --wm-fg: var(--waymark-fg, #eef1f4); --wm-muted: var(--waymark-muted, #b3bcc6);
    --wm-accent: var(--waymark-accent, #6fd59b); --wm-warn-bg: var(--waymark-warn-bg, #3a2a10); --wm-warn-fg: var(--waymark-warn-fg, #ffd79a); --wm-line: var(--waymark-line, #38414b); }
}
.wm * { box-sizing: border-box; }
.wm h3 { font-size: 1em; margin: 0 0 6px; }
.wm-status { font-weight: 650; font-size: 1.05em; }
.wm-sentence { margin: 4px 0 10px; }
.wm-bar { display: flex; gap: 4px; margin: 8px 0 4px; padding: 0; list-style: none; }
.wm-step { flex: 1; min-width: 0; }
.wm-step i { display: block; height: 6px; border-radius: 3px; background: var(--wm-line); }
.wm-step.done i, .wm-step.now i { background: var(--wm-accent); }
.wm-step span { display: block; font-size: .75em; color: var(--wm-muted); margin-top: 3px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.wm-step.now span { color: var(--wm-fg); font-weight: 650; }
.wm-eta { margin: 8px 0; }
.wm-eta b { font-weight: 650; }
.wm-eta small { color: var(--wm-muted); display: block; }
.wm-notice { background: var(--wm-warn-bg); color: var(--wm-warn-fg); border-radius: 8px; padding: 8px 10px; margin: 8px 0; }
.wm-notice a { color: inherit; font-weight: 650; }
.wm-stale { color: var(--wm-muted); font-size: .85em; margin: 6px 0; }
.wm-events { list-style: none; margin: 6px 0 0; padding: 0; border-top: 1px solid var(--wm-line); }
.wm-events li { padding: 6px 0; border-bottom: 1px solid var(--wm-line); }
.wm-events time { color: var(--wm-muted); font-size: .85em; display: block; }
.wm-events .wm-local { color: var(--wm-muted); font-size: .8em; }
.wm-events .wm-when { color: var(--wm-muted); text-decoration: none; display: block; text-align: start; }
.wm-events .wm-when:hover { text-decoration: underline; }
.wm button { font: inherit; color: var(--wm-accent); background: none; border: 0; padding: 2px 0; cursor: pointer; text-decoration: underline; }
.wm button:focus-visible, .wm a:focus-visible { outline: 2px solid var(--wm-accent); outline-offset: 2px; border-radius: 3px; }
.wm-skeleton i { display: block; height: 12px; margin: 8px 0; border-radius: 6px; background: var(--wm-line); animation: wm-pulse 1.2s ease-in-out infinite; }
.wm-error { color: var(--wm-fg); }
.wm-parcel + .wm-parcel { margin-top: 14px; padding-top: 10px; border-top: 1px dashed var(--wm-line); }
@keyframes wm-pulse { 50% { opacity: .45; } }
@media (prefers-reduced-motion: reduce) { .wm-skeleton i { animation: none; } .wm * { transition: none !important; } }
"#;
