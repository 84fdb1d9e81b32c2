// Package web holds the go-app UI components (the Overview, Classify and Train pages),
// the routes shared by the server and the wasm UI, the JSON shapes of the server's
// listings (/weights, /datasets, manifests), and the UI's end of the compute worker
// (ComputeWorker). The messages between the UI and the worker are defined once in
// web/protocol; web/e2e tests the whole app in headless Chromium.
package web
