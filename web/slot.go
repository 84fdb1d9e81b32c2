package web

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// slot holds the place of a part of a page that comes and goes. go-app updates an
// element's children position by position, so a part that vanished without a place
// of its own would make go-app turn each element after it into the one that followed
// it, attribute by attribute in no fixed order: an <input type=file> turned into a
// number field can get its value before its type, which the browser refuses with an
// exception that stops the app. A slot keeps every position, shown or not.
// (static/style.css lays the slot out as if only its content were there.)
func slot(show bool, ui app.UI) app.UI {
	return app.Div().Class("slot").Body(app.If(show, ui))
}
