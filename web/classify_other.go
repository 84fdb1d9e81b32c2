//go:build !js

package web

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// On the server go-app only pre-renders the page; the camera and the worker exist in
// the browser alone (classify_js.go), so the handlers have nothing to do here.

type liveSession struct{}

func (c *Classify) onBackend(app.Context, app.Event)      {}
func (c *Classify) onCameraStart(app.Context, app.Event)  {}
func (c *Classify) onCameraStop(app.Context, app.Event)   {}
func (c *Classify) onCameraChoice(app.Context, app.Event) {}
func (c *Classify) onDrop(app.Context, app.Event)         {}
func (c *Classify) onFile(app.Context, app.Event)         {}
func (c *Classify) onURL(app.Context, app.Event)          {}
func (c *Classify) onLoseDevice(app.Context, app.Event)   {}
func (c *Classify) onImport(app.Context, app.Event)       {}
