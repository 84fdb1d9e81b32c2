//go:build !js

package web

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// On the server go-app only pre-renders the page; the worker and the run exist in
// the browser alone (train_js.go), so the handlers have nothing to do here.

type trainSession struct{}

func (p *Train) onDataset(app.Context, app.Event)        {}
func (p *Train) onMode(app.Context, app.Event)           {}
func (p *Train) onSetting(string) app.EventHandler       { return func(app.Context, app.Event) {} }
func (p *Train) onStart(app.Context, app.Event)          {}
func (p *Train) onControl(string) app.EventHandler       { return func(app.Context, app.Event) {} }
func (p *Train) onExport(app.Context, app.Event)         {}
func (p *Train) onCopyLog(app.Context, app.Event)        {}
func (p *Train) onSource(app.Context, app.Event)         {}
func (p *Train) onClassName(int) app.EventHandler        { return func(app.Context, app.Event) {} }
func (p *Train) onCaptureStart(int) app.EventHandler     { return func(app.Context, app.Event) {} }
func (p *Train) onCaptureStop(app.Context, app.Event)    {}
func (p *Train) onRemoveFrame(int, int) app.EventHandler { return func(app.Context, app.Event) {} }
func (p *Train) onAddClass(app.Context, app.Event)       {}
func (p *Train) onCaptureCamera(app.Context, app.Event)  {}
func (p *Train) onImport(app.Context, app.Event)         {}
