// Package web holds the go-app UI components, the routes shared by the server and the
// wasm UI, the JSON shapes of the server's listings (/weights, /datasets, manifests),
// and the message protocol between the UI and the training worker.
package web
