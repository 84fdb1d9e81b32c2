// Package e2e holds webtune's end-to-end tests: a real `webtune serve` on a free
// loopback port, serving the real wasm UI and compute worker, driven by Debian's
// headless Chromium through chromedp, with WebGPU on SwiftShader and a fake webcam
// playing a video the tests write. `make e2e` runs them; each test saves a screenshot
// under $WEBTUNE_E2E_OUT (default: a temporary folder, named in the log).
package e2e
