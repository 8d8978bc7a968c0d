//! The widget's stylesheet, injected into its shadow root. Themable through CSS custom
//! properties set on the host element (they inherit through the shadow boundary):
//! `--waymark-bg`, `-fg`, `-muted`, `-accent`, `-warn-bg`, `-warn-fg`, `-line`, `-radius`,
//! `-font`, and for the dark theme `--waymark-dark-bg`, `-fg`, `-muted`, `-accent`, `-warn-bg`,
//! `-warn-fg`, `-line` (a store's light accent would be unreadable on the dark background).
//! Logical properties throughout, so right-to-left languages mirror.

/// The stylesheet. The skeleton keeps the height the page reserved (`public/waymark.js`
/// reserves a collapsed card's usual height: 245 px from 528 px wide, a quarter px more per px
/// narrower); only when the page reserved none does it take its own (217/292 px + padding).
pub const CSS: &str = r#"
:host { display: block; }
.wm { --wm-bg: var(--waymark-bg, #fff); --wm-fg: var(--waymark-fg, #1d232b); --wm-muted: var(--waymark-muted, #4d5866);
  --wm-accent: var(--waymark-accent, #1f6f43); --wm-warn-bg: var(--waymark-warn-bg, #fff4e5); --wm-warn-fg: var(--waymark-warn-fg, #6b3a00);
  --wm-line: var(--waymark-line, #d9dee4); --wm-radius: var(--waymark-radius, 10px);
  font: 15px/1.5 var(--waymark-font, system-ui, -apple-system, "Segoe UI", sans-serif); container-type: inline-size;
  color: var(--wm-fg); background: var(--wm-bg); border-radius: var(--wm-radius); padding: 14px 16px; box-sizing: border-box; overflow-wrap: break-word; }
.wm[data-theme="dark"] { --wm-bg: var(--waymark-dark-bg, #15191e); --wm-fg: var(--waymark-dark-fg, #eef1f4); --wm-muted: var(--waymark-dark-muted, #b3bcc6);
  --wm-accent: var(--waymark-dark-accent, #6fd59b); --wm-warn-bg: var(--waymark-dark-warn-bg, #3a2a10); --wm-warn-fg: var(--waymark-dark-warn-fg, #ffd79a); --wm-line: var(--waymark-dark-line, #38414b); }
@media (prefers-color-scheme: dark) {
  .wm[data-theme="auto"] { --wm-bg: var(--waymark-dark-bg, #15191e); --wm-fg: var(--waymark-dark-fg, #eef1f4); --wm-muted: var(--waymark-dark-muted, #b3bcc6);
    --wm-accent: var(--waymark-dark-accent, #6fd59b); --wm-warn-bg: var(--waymark-dark-warn-bg, #3a2a10); --wm-warn-fg: var(--waymark-dark-warn-fg, #ffd79a); --wm-line: var(--waymark-dark-line, #38414b); }
}
.wm * { box-sizing: border-box; }
.wm [hidden] { display: none !important; }
.wm :where(p, ol) { margin: 0; }
.wm h3 { font-size: .85em; margin: 12px 0 2px; color: var(--wm-muted); }
.wm-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.wm-status { font-weight: 650; font-size: 1.05em; }
.wm-sentence { margin: 2px 0 10px; }
.wm-bar { display: flex; gap: 4px; padding: 0; list-style: none; }
.wm-step { flex: 1; min-width: 0; }
.wm-step i { display: block; height: 6px; border-radius: 3px; background: var(--wm-line); }
.wm-step.done i, .wm-step.now i { background: var(--wm-accent); }
.wm-phase { display: block; font-size: .75em; line-height: 1.3; color: var(--wm-muted); margin-top: 4px; hyphens: auto; }
.wm-step.now .wm-phase, .wm-now { color: var(--wm-fg); font-weight: 650; }
.wm-now { display: none; font-size: .85em; margin-top: 4px; }
@container (max-width: 519px) { .wm-phase { display: none; } .wm-now { display: block; } }
.wm-eta { margin: 10px 0 0; display: flex; flex-wrap: wrap; column-gap: .5em; align-items: baseline; }
.wm-eta b { font-weight: 650; }
.wm-k { color: var(--wm-muted); }
.wm-eta small { color: var(--wm-muted); flex-basis: 100%; font-size: .85em; }
.wm-notice { background: var(--wm-warn-bg); color: var(--wm-warn-fg); border-radius: 8px; padding: 8px 10px; margin: 10px 0 0; }
.wm-action { font-weight: 650; }
.wm-muted { color: var(--wm-muted); font-size: .85em; margin: 8px 0 0; }
.wm-links { display: flex; flex-wrap: wrap; gap: 2px 18px; margin: 10px 0 0; font-size: .9em; }
.wm a, .wm summary { color: var(--wm-accent); }
.wm-nr { margin: 6px 0 0; font-size: .9em; }
.wm-nr summary { cursor: pointer; width: fit-content; }
.wm-nr p { margin: 4px 0 0; }
.wm-events { list-style: none; padding: 0; border-top: 1px solid var(--wm-line); }
.wm-events li { padding: 5px 0; border-bottom: 1px solid var(--wm-line); }
.wm-label { font-weight: 600; }
.wm-label, .wm-desc, .wm-place, .wm-when { unicode-bidi: isolate; }
.wm-desc { color: var(--wm-muted); }
.wm-desc::before { content: "·"; margin-inline: .4em; }
.wm-meta { display: block; color: var(--wm-muted); font-size: .85em; }
.wm-place::before { content: "·"; margin-inline: .4em; }
.wm-localtime { display: block; color: var(--wm-muted); font-size: .8em; }
.wm button { font: inherit; color: var(--wm-accent); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; text-align: start; }
.wm .wm-when { color: var(--wm-muted); text-decoration: none; }
.wm .wm-when:hover { text-decoration: underline; }
.wm-history { margin-top: 6px; font-size: .9em; }
.wm-history > div { font-size: calc(1em / .9); }
.wm button:focus-visible, .wm a:focus-visible, .wm summary:focus-visible { outline: 2px solid var(--wm-accent); outline-offset: 2px; border-radius: 3px; }
.wm-skeleton i { display: block; height: 12px; margin: 14px 0; border-radius: 6px; background: var(--wm-line); animation: wm-pulse 1.2s ease-in-out infinite; }
.wm-skeleton i:nth-of-type(1) { width: 30%; } .wm-skeleton i:nth-of-type(2) { width: 92%; } .wm-skeleton i:nth-of-type(3) { height: 6px; }
.wm-skeleton i:nth-of-type(4) { width: 55%; } .wm-skeleton i:nth-of-type(5) { width: 40%; }
.wm:not([style]) .wm-skeleton { min-height: 217px; }
@container (max-width: 499px) { .wm:not([style]) .wm-skeleton { min-height: 292px; } }
.wm-parcel + .wm-parcel { margin-top: 14px; padding-top: 10px; border-top: 1px dashed var(--wm-line); }
.wm-parcel > h3 { margin-top: 0; }
@keyframes wm-pulse { 50% { opacity: .45; } }
@media (prefers-reduced-motion: reduce) { .wm-skeleton i { animation: none; } }
"#;
