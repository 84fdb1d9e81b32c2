package web

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Routes declares the UI's pages. The server calls it before serving the app shell (so
// go-app pre-renders the right component) and wasm/app calls it before
// app.RunWhenOnBrowser, so both sides agree on every path.
func Routes() {
	app.RouteFunc("/", func() app.Composer { return &Home{} })
	app.RouteFunc("/classify", func() app.Composer { return &Classify{} })
	app.RouteFunc("/train", func() app.Composer { return &Train{} })
}
