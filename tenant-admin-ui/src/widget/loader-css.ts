// The launcher's and panel frame's styles, adopted by the widget's shadow root. Everything is reset first so
// host page rules that inherit (fonts, colors, line heights) do not leak in.
export const LOADER_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.launcher {
  all: initial; position: fixed; right: 20px; bottom: 20px; width: 56px; height: 56px; border-radius: 50%;
  background: #1f6feb; color: #fff; cursor: pointer; display: grid; place-items: center;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); z-index: 1;
}
.launcher:hover { background: #1a5fcc; }
.launcher:focus-visible { outline: 3px solid #9cc3ff; outline-offset: 3px; }
.launcher svg { width: 26px; height: 26px; }
.badge {
  position: absolute; top: -3px; right: -3px; min-width: 20px; height: 20px; padding: 0 5px; border-radius: 10px;
  background: #d93025; color: #fff; font: 600 12px/20px system-ui, sans-serif; text-align: center; display: none;
}
.has-unread .badge { display: block; }
.panel {
  position: fixed; right: 20px; bottom: 88px; width: 376px; height: min(640px, calc(100vh - 108px));
  border-radius: 14px; overflow: hidden; background: #fff; box-shadow: 0 8px 40px rgba(0,0,0,.25);
  display: none; z-index: 2;
}
.panel.open { display: block; }
.panel.small { height: auto; }
.panel iframe { border: 0; width: 100%; height: 100%; display: block; color-scheme: normal; }
.refusal { position: relative; padding: 44px 18px 18px; font: 14px/1.45 system-ui, sans-serif; color: #1c2330; }
.refusal p { margin: 0; }
.close {
  all: initial; position: absolute; top: 8px; right: 8px; width: 32px; height: 32px; border-radius: 8px;
  display: grid; place-items: center; cursor: pointer; color: #5b6576;
}
.close:focus-visible { outline: 2px solid #1f6feb; }
.close svg { width: 20px; height: 20px; }
@media (max-width: 480px) {
  .panel { right: 0; bottom: 0; width: 100vw; height: 100%; border-radius: 0; }
  .panel.small { height: auto; bottom: 88px; right: 8px; width: calc(100vw - 16px); border-radius: 12px; }
  .panel.open:not(.small) ~ .launcher { display: none; }
}
`;
