// Package web holds the go-app UI components, the routes shared by the server and the
// wasm UI, and the message protocol between the UI and the training worker.
package web
