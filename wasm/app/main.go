// Command app is webtune's browser UI, built with GOOS=js GOARCH=wasm into
// static/build/app.wasm and served at /web/app.wasm. It declares the routes from
// package web and hands the page to go-app.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"webtune/web"
)

func main() {
	web.Routes()
	app.RunWhenOnBrowser()
}
