package main

import (
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"webtune/web"
)

// Request limits: webtune serves only GETs of short paths, so anything larger is refused.
const (
	maxURILen      = 2048
	maxHeaderBytes = 32 << 10
)

// site is webtune's HTTP handler: security headers on every response, GET/HEAD only,
// paths checked before anything else, then weights, datasets, static assets and the
// go-app shell. Files are only ever served from the indexes, never from a path built
// out of the request.
type site struct {
	log    *slog.Logger
	data   atomic.Pointer[dataIndex]
	static atomic.Pointer[staticIndex]
	shell  atomic.Pointer[app.Handler]
	fetch  fetchProgress // the background download's status, shown in GET /weights

	// The data and static trees' signatures (treeSignature) taken right before newSite
	// indexed them: watch starts from these, so a file that appears while the server
	// starts is picked up by its first poll, not missed until some later change.
	dataSig, staticSig string
}

// setIsolationHeaders makes the page cross-origin isolated (SharedArrayBuffer for the
// threaded SIMD kernels) and keeps other origins from embedding our files.
func setIsolationHeaders(h http.Header) {
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Embedder-Policy", "require-corp")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("X-Content-Type-Options", "nosniff")
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	setIsolationHeaders(w.Header())
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "only GET and HEAD are served", http.StatusMethodNotAllowed)
		return
	}
	if r.ContentLength != 0 {
		http.Error(w, "GET and HEAD requests take no body", http.StatusBadRequest)
		return
	}
	if len(r.RequestURI) > maxURILen {
		http.Error(w, "request URI too long", http.StatusRequestURITooLong)
		return
	}
	if reason := unsafePath(r.URL.Path, r.URL.EscapedPath()); reason != "" {
		s.log.Warn("refused path", "path", r.URL.EscapedPath(), "reason", reason, "remote", r.RemoteAddr)
		http.NotFound(w, r)
		return
	}
	p := r.URL.Path
	switch {
	case p == web.WeightsPath:
		s.serveWeightsList(w, r)
	case strings.HasPrefix(p, web.WeightsPath+"/"):
		s.data.Load().serveWeights(w, r, s.log)
	case p == web.DatasetsPath:
		s.data.Load().serveDatasetList(w, r)
	case strings.HasPrefix(p, web.DatasetsPath+"/"):
		s.data.Load().serveDatasetFile(w, r, s.log)
	case strings.HasPrefix(p, web.StaticPath):
		s.static.Load().serve(w, r)
	case p == "/robots.txt" || p == "/sitemap.xml" || p == "/ads.txt":
		// go-app would fetch these from ourselves over HTTP; there are none.
		http.NotFound(w, r)
	default:
		s.shell.Load().ServeHTTP(w, r)
	}
}

// unsafePath says why a request path could name something outside what is served, or
// "" when it is a plain path. path is the decoded path, escaped its raw form.
func unsafePath(path, escaped string) string {
	if !strings.HasPrefix(path, "/") {
		return "not absolute"
	}
	if strings.ContainsRune(path, '\\') {
		return "backslash"
	}
	for _, c := range path {
		if c < 0x20 || c == 0x7f {
			return "control character"
		}
	}
	if strings.Contains(path, "//") {
		return "empty segment"
	}
	if strings.Contains(path, ":") {
		return "colon (drive or scheme)"
	}
	for _, seg := range strings.Split(path[1:], "/") {
		if seg == ".." || seg == "." {
			return "dot segment"
		}
	}
	low := strings.ToLower(escaped)
	if strings.Contains(low, "%2f") || strings.Contains(low, "%5c") {
		return "encoded separator"
	}
	return ""
}
